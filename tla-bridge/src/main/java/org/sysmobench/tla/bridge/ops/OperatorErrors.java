package org.sysmobench.tla.bridge.ops;

import tlc2.output.EC;
import tlc2.tool.EvalException;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.Value;

/** How our overrides fail: a TLC evaluation error carrying our message, so TLC reports it with its location. */
final class OperatorErrors {

  private OperatorErrors() {}

  static EvalException error(String message) {
    return new EvalException(EC.GENERAL, message);
  }

  /** {@code s} as a normalized (sorted, duplicate-free) enumerated set, or an error naming {@code operator}. */
  static SetEnumValue finiteSet(Value s, String operator) {
    Value e = s.toSetEnum();
    if (!(e instanceof SetEnumValue)) {
      throw error(operator + " requires a finite set, but was given " + s);
    }
    SetEnumValue set = (SetEnumValue) e;
    set.normalize();
    return set;
  }
}
