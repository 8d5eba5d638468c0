package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;

/**
 * One evaluation phase. A checker reads the context (task, spec, earlier phases' results) and returns
 * its result; it never throws for anything the spec did: a broken spec is a result, not an exception.
 */
public interface PhaseChecker {
  Phase phase();

  PhaseResult check(EvalContext ctx);
}
