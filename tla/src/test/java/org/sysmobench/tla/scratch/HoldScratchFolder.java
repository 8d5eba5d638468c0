package org.sysmobench.tla.scratch;

import java.nio.file.Path;

/** A process that owns a scratch folder until its input ends (a live owner, for the stale-folder test). */
public final class HoldScratchFolder {
  private HoldScratchFolder() {}

  public static void main(String[] args) throws Exception {
    try (ScratchFolder f = ScratchFolder.create(Path.of(args[0]), args[1])) {
      System.out.println(f.path());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the test closes our input
      }
    }
  }
}
