package org.sysmobench.systems.kit.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the probes of JDK classes instrumented for branch coverage. Never used under this name: {@link
 * JdkClassPatch} copies this class into the instrumented classes' own package (so the JDK's module can
 * see it, and every module can call it: the package is exported) before the JVM starts, and the
 * instrumented classes ask it for their probe arrays.
 *
 * <p>Why not JaCoCo's own runtime: JDK classes such as {@code ReentrantLock} run while the JVM boots,
 * before any agent or system property exists; this holder needs nothing but {@code java.base} and never
 * uses the classes it measures (plain monitors, no {@code java.util.concurrent}).
 */
public final class ProbeStoreTemplate {
  private static final Map<Long, Object[]> PROBES = new LinkedHashMap<>();

  private ProbeStoreTemplate() {}

  /** The probe array of a class, created on first use (called from each instrumented class's initializer of its probes). */
  public static synchronized boolean[] probes(long classId, String className, int probeCount) {
    Object[] entry = PROBES.get(classId);
    if (entry == null) {
      entry = new Object[] {className, new boolean[probeCount]};
      PROBES.put(classId, entry);
    }
    return (boolean[]) entry[1];
  }

  /**
   * Every class's probes so far, as {@code {Long classId, String className, boolean[] probes}} copies;
   * with {@code reset}, every probe is cleared afterwards (what the JVM's start-up ran is not the driver's).
   */
  public static synchronized Object[][] snapshot(boolean reset) {
    List<Object[]> out = new ArrayList<>();
    for (Map.Entry<Long, Object[]> e : PROBES.entrySet()) {
      boolean[] p = (boolean[]) e.getValue()[1];
      out.add(new Object[] {e.getKey(), e.getValue()[0], p.clone()});
      if (reset) {
        Arrays.fill(p, false);
      }
    }
    return out.toArray(new Object[0][]);
  }
}
