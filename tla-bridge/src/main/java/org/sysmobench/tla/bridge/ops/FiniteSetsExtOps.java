package org.sysmobench.tla.bridge.ops;

import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.Value;

/** Faster versions of FiniteSetsExt operators on sets of integers; values identical to the TLA+ definitions. */
public final class FiniteSetsExtOps {

  private FiniteSetsExtOps() {}

  @TLAPlusOperator(identifier = "Max", module = "FiniteSetsExt", warn = false)
  public static Value max(Value s) {
    int[] ints = ints(s, "Max");
    if (ints.length == 0) {
      throw OperatorErrors.error("Max of the empty set is undefined");
    }
    int best = ints[0];
    for (int v : ints) {
      best = Math.max(best, v);
    }
    return IntValue.gen(best);
  }

  @TLAPlusOperator(identifier = "Min", module = "FiniteSetsExt", warn = false)
  public static Value min(Value s) {
    int[] ints = ints(s, "Min");
    if (ints.length == 0) {
      throw OperatorErrors.error("Min of the empty set is undefined");
    }
    int best = ints[0];
    for (int v : ints) {
      best = Math.min(best, v);
    }
    return IntValue.gen(best);
  }

  @TLAPlusOperator(identifier = "Sum", module = "FiniteSetsExt", warn = false)
  public static Value sum(Value s) {
    int total = 0;
    for (int v : ints(s, "Sum")) {
      try {
        total = Math.addExact(total, v);
      } catch (ArithmeticException e) {
        // TLC's own + fails on overflow too; never wrap around silently.
        throw OperatorErrors.error("Sum overflows TLC's 32-bit integers on " + s);
      }
    }
    return IntValue.gen(total);
  }

  private static int[] ints(Value s, String operator) {
    SetEnumValue set = OperatorErrors.finiteSet(s, operator);
    int[] out = new int[set.elems.size()];
    for (int i = 0; i < out.length; i++) {
      Value v = set.elems.elementAt(i);
      if (!(v instanceof IntValue)) {
        throw OperatorErrors.error(operator + " requires a set of integers, but " + v + " is not an integer");
      }
      out[i] = ((IntValue) v).val;
    }
    return out;
  }
}
