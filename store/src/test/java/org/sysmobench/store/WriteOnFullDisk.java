package org.sysmobench.store;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills the disk under a store and writes to its index until the index refuses; prints what the store
 * said. Runs in a child process on a small private tmpfs (see {@link FullDiskTest}).
 */
public final class WriteOnFullDisk {
  private WriteOnFullDisk() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    try (RunStore store = RunStore.open(folder, SampleRun.CLOCK)) {
      store.createRun(SampleRun.manifest(), List.of(SampleRun.A, SampleRun.B, SampleRun.C));
      int attempt = store.startCell(SampleRun.RUN, SampleRun.A);
      try (OutputStream filler = Files.newOutputStream(folder.getParent().resolve("filler"))) {
        byte[] block = new byte[4096];
        while (true) {
          filler.write(block);
        }
      } catch (IOException full) {
        System.out.println("disk full: " + full.getMessage());
      }
      for (int seq = 0; seq < 100_000; seq++) {
        String sha = "%064x".formatted(seq);
        try {
          store.recordLlmCall(SampleRun.RUN, SampleRun.A, new LlmCallRecord(attempt, seq, "write", sha, sha, 1, 0, 1,
              0, BigDecimal.ZERO, true, false, "STOP", false, 1));
        } catch (StoreException e) {
          System.out.println("MESSAGE " + e.getMessage());
          return;
        }
      }
      System.out.println("MESSAGE none: the index never refused");
    }
  }
}
