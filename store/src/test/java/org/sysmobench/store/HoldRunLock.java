package org.sysmobench.store;

import java.nio.file.Path;
import java.time.Clock;
import org.sysmobench.model.RunId;

/** A process that writes a run until its input ends, or until it is killed (for the run-lock test). */
public final class HoldRunLock {
  private HoldRunLock() {}

  public static void main(String[] args) throws Exception {
    try (RunStore store = RunStore.open(Path.of(args[0]), Clock.systemUTC());
        RunLock lock = store.lockRun(RunId.of(args[1]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the test closes our input
      }
    }
  }
}
