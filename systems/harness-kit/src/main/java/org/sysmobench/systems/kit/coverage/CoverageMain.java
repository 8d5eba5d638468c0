package org.sysmobench.systems.kit.coverage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;

/**
 * A child JVM's main when patched JDK classes are measured ({@link JdkClassPatch}):
 * {@code CoverageMain <execFile> <probeHolderClass> <realMain> <args...>}. Clears the probes the JVM's
 * start-up set (they are not the driver's), runs the real main, and writes the probes in JaCoCo's exec
 * format when the JVM exits (normally or through {@code System.exit}).
 */
public final class CoverageMain {
  private CoverageMain() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: CoverageMain <execFile> <probeHolderClass> <realMain> <args...>");
    }
    Path exec = Path.of(args[0]);
    Method snapshot = Class.forName(args[1]).getMethod("snapshot", boolean.class);
    snapshot.invoke(null, true);
    long start = System.currentTimeMillis();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dump(snapshot, exec, start), "sysmobench-coverage-dump"));
    Method main = Class.forName(args[2]).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 3, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void dump(Method snapshot, Path exec, long start) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(exec))) {
      Object[][] probes = (Object[][]) snapshot.invoke(null, false);
      ExecutionDataWriter w = new ExecutionDataWriter(out);
      w.visitSessionInfo(new SessionInfo("sysmobench", start, System.currentTimeMillis()));
      for (Object[] p : probes) {
        w.visitClassExecution(new ExecutionData((Long) p[0], (String) p[1], (boolean[]) p[2]));
      }
    } catch (IOException | ReflectiveOperationException e) {
      // The parent finds no exec file and fails the recording with this line from stderr.
      System.err.println("sysmobench coverage: cannot write " + exec + ": " + e);
    }
  }
}
