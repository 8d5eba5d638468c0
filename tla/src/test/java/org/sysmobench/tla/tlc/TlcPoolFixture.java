package org.sysmobench.tla.tlc;

import java.nio.file.Path;
import java.util.Optional;
import org.sysmobench.tla.TlaTools;

/** Starts pools for tests on the real TLA+ tools (no fakes of TLC anywhere). */
final class TlcPoolFixture {
  private TlcPoolFixture() {}

  static TlaTools tools() {
    return TlaTools.resolve(Optional.empty());
  }

  /** A pool without worker warm-up: tests replace workers often, and warm-up only moves the cost around. */
  static TlcWorkerPool pool(int workers, String heap, Path workDir) {
    return TlcWorkerPool.start(tools(), TlcPoolConfig.defaults().withWorkers(workers).withHeap(heap)
        .withWorkDir(workDir).withWarmUp(false));
  }
}
