package org.sysmobench.runs;

import java.util.Optional;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/** Opens the evaluation engine (SANY + a pool of {@code tlcJobs} TLC workers) for one execution of a run. */
@FunctionalInterface
public interface EngineFactory {
  EvalEngine open(int tlcJobs);

  /** The installation's TLA+ tools with default worker settings. */
  static EngineFactory standard() {
    return n -> EvalEngine.open(Optional.empty(), TlcPoolConfig.defaults().withWorkers(n));
  }
}
