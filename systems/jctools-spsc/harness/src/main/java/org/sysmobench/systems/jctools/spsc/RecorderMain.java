package org.sysmobench.systems.jctools.spsc;

import org.sysmobench.systems.jdk.reentrantlock.RecordingFailedException;
import org.sysmobench.systems.jdk.reentrantlock.RecordingManifest;

import java.nio.file.Path;

/**
 * Command line: {@code RecorderMain <outDir> <count> <seed>}; prints the coverage. Exit code 0 on
 * success, 1 if recording failed, 2 on a usage error. The CLI finds {@link SpscRecorder} through
 * {@link java.util.ServiceLoader} instead.
 */
public final class RecorderMain {
  private RecorderMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: RecorderMain <outDir> <count> <seed>");
      System.exit(2);
      return;
    }
    try {
      RecordingManifest m = new SpscRecorder().recordWithManifest(Path.of(args[0]), Integer.parseInt(args[1]),
          Long.parseLong(args[2]));
      m.traces().forEach(t -> System.out.println(t.file() + "  " + t.events() + " events  " + t.actions()));
      System.out.println("coverage: " + m.coverage());
    } catch (RecordingFailedException e) {
      System.err.println("recording failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
