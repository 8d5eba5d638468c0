package org.sysmobench.tla.bridge.ops;

import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;

/** Faster versions of SequencesExt operators; values identical to the TLA+ definitions. */
public final class SequencesExtOps {

  private SequencesExtOps() {}

  /**
   * SetToSeq(S): the TLA+ definition appends the CHOOSE-least remaining element each step, i.e. the
   * elements in TLC's value order, which is the order of the normalized set.
   */
  @TLAPlusOperator(identifier = "SetToSeq", module = "SequencesExt", warn = false)
  public static Value setToSeq(Value s) {
    SetEnumValue set = OperatorErrors.finiteSet(s, "SetToSeq");
    Value[] elems = new Value[set.elems.size()];
    for (int i = 0; i < elems.length; i++) {
      elems[i] = set.elems.elementAt(i);
    }
    return new TupleValue(elems);
  }
}
