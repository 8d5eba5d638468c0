package org.sysmobench.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Branch coverage of a system's modelled code by a recording: which branches of the methods a task
 * models the recorded runs executed. A trace can only show what the run executed, so a branch no trace
 * executes is a bug in a spec that no trace can reveal; this is how a task states (and CI checks) how much
 * of the modelled code its traces exercise.
 *
 * <p>Design note. What: per modelled method, its branches and lines covered and in all, and the source
 * lines that still have a missed branch. Why here: harnesses measure it (JaCoCo for JVM systems, what a
 * driver can report for others) and write it into the recording manifest ({@code codeCoverage}); the CLI
 * ({@code traces coverage}) and the task tests read it back; this package is the one they all share.
 * Versioning: a section of the recording manifest ({@code sysmobench-recording} version 2), so it follows
 * that schema; fields may be added, a field that changes meaning bumps the manifest's version.
 *
 * <pre>
 * "codeCoverage":{"tool":"jacoco 0.8.15","methods":[
 *   {"class":"org.apache.zookeeper.server.quorum.FastLeaderElection","method":"checkLeader",
 *    "descriptor":"(Ljava/util/Map;JJ)Z","branches":{"covered":5,"total":6},"lines":{"covered":9,"total":9},
 *    "gaps":[{"line":812,"covered":1,"total":2}]}]}
 * </pre>
 *
 * @param tool what measured it, with its version (or how a driver counted)
 * @param methods every modelled method, in the order the harness declares them
 */
public record CodeCoverage(String tool, List<MethodCoverage> methods) {
  /** The manifest field holding this section. */
  public static final String FIELD = "codeCoverage";

  public CodeCoverage {
    methods = List.copyOf(methods);
  }

  /**
   * One modelled method.
   *
   * @param className the binary class name ({@code a.b.Outer$Inner})
   * @param method the method name ({@code <init>} for constructors)
   * @param descriptor the JVM descriptor, which tells overloads apart (may be empty for non-JVM code)
   * @param branches covered and total branches (two per two-way condition, one per switch target)
   * @param lines covered and total source lines
   * @param gaps the source lines with at least one missed branch, in line order
   */
  public record MethodCoverage(String className, String method, String descriptor, Count branches, Count lines,
      List<LineGap> gaps) {
    public MethodCoverage {
      gaps = List.copyOf(gaps);
    }

    /** {@code FastLeaderElection.checkLeader(Map, long, long)}: the simple class name and parameter types. */
    public String displayName() {
      String simple = className.substring(className.lastIndexOf('.') + 1);
      return simple + "." + method + (descriptor.isEmpty() ? "" : "(" + String.join(", ", parameterTypes(descriptor)) + ")");
    }
  }

  /** A source line whose branches were not all executed. */
  public record LineGap(int line, int covered, int total) {}

  /** Covered out of total. */
  public record Count(int covered, int total) {
    public Count {
      if (covered < 0 || covered > total) {
        throw new IllegalArgumentException("covered " + covered + " of " + total);
      }
    }

    /** Covered / total; 1 when there is nothing to cover. */
    public double ratio() {
      return total == 0 ? 1.0 : (double) covered / total;
    }

    public int missed() {
      return total - covered;
    }

    Count plus(Count o) {
      return new Count(covered + o.covered, total + o.total);
    }
  }

  /** Branches over every modelled method. */
  public Count branches() {
    return methods.stream().map(MethodCoverage::branches).reduce(new Count(0, 0), Count::plus);
  }

  /** Lines over every modelled method. */
  public Count lines() {
    return methods.stream().map(MethodCoverage::lines).reduce(new Count(0, 0), Count::plus);
  }

  /** The section as JSON values (maps and lists), for the manifest writer. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", tool);
    m.put("branches", count(branches()));
    m.put("lines", count(lines()));
    List<Object> ms = new ArrayList<>();
    for (MethodCoverage mc : methods) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("class", mc.className());
      e.put("method", mc.method());
      e.put("descriptor", mc.descriptor());
      e.put("branches", count(mc.branches()));
      e.put("lines", count(mc.lines()));
      e.put("gaps", mc.gaps().stream().map(g -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("line", g.line());
        x.put("covered", g.covered());
        x.put("total", g.total());
        return x;
      }).toList());
      ms.add(e);
    }
    m.put("methods", ms);
    return m;
  }

  /**
   * The section from its JSON values.
   *
   * @throws IllegalArgumentException if a field is missing or has the wrong type
   */
  public static CodeCoverage fromJson(Object json) {
    Map<?, ?> m = map(json, FIELD);
    List<MethodCoverage> methods = new ArrayList<>();
    for (Object o : list(m.get("methods"), "methods")) {
      Map<?, ?> e = map(o, "method");
      List<LineGap> gaps = new ArrayList<>();
      for (Object g : list(e.get("gaps"), "gaps")) {
        Map<?, ?> x = map(g, "gap");
        gaps.add(new LineGap(number(x, "line"), number(x, "covered"), number(x, "total")));
      }
      methods.add(new MethodCoverage(text(e, "class"), text(e, "method"), text(e, "descriptor"),
          countOf(e.get("branches")), countOf(e.get("lines")), gaps));
    }
    return new CodeCoverage(text(m, "tool"), methods);
  }

  /**
   * The code coverage a recording manifest holds, if it holds one.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a manifest or its section is malformed
   */
  public static Optional<CodeCoverage> ofManifest(Path manifest) {
    try {
      Object json = Json.parse(Files.readString(manifest, StandardCharsets.UTF_8).trim());
      Object section = map(json, "manifest").get(FIELD);
      return section == null ? Optional.empty() : Optional.of(fromJson(section));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
  }

  private static Map<String, Object> count(Count c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("covered", c.covered());
    m.put("total", c.total());
    return m;
  }

  private static Count countOf(Object json) {
    Map<?, ?> m = map(json, "count");
    return new Count(number(m, "covered"), number(m, "total"));
  }

  private static Map<?, ?> map(Object o, String what) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(what + " is not a JSON object");
    }
    return m;
  }

  private static List<?> list(Object o, String what) {
    if (!(o instanceof List<?> l)) {
      throw new IllegalArgumentException(what + " is not a JSON array");
    }
    return l;
  }

  private static String text(Map<?, ?> m, String field) {
    if (!(m.get(field) instanceof String s)) {
      throw new IllegalArgumentException("'" + field + "' is missing or not a string");
    }
    return s;
  }

  private static int number(Map<?, ?> m, String field) {
    if (!(m.get(field) instanceof Number n)) {
      throw new IllegalArgumentException("'" + field + "' is missing or not a number");
    }
    return n.intValue();
  }

  /** The simple names of a method descriptor's parameter types: {@code (JLjava/util/Map;[I)V} gives long, Map, int[]; a nested class by its own name. */
  static List<String> parameterTypes(String descriptor) {
    List<String> out = new ArrayList<>();
    int i = descriptor.indexOf('(') + 1;
    int end = descriptor.indexOf(')');
    while (i > 0 && i < end) {
      int dims = 0;
      while (descriptor.charAt(i) == '[') {
        dims++;
        i++;
      }
      String name;
      char c = descriptor.charAt(i);
      if (c == 'L') {
        int semi = descriptor.indexOf(';', i);
        String full = descriptor.substring(i + 1, semi);
        name = full.substring(Math.max(full.lastIndexOf('/'), full.lastIndexOf('$')) + 1);
        i = semi + 1;
      } else {
        name = switch (c) {
          case 'Z' -> "boolean";
          case 'B' -> "byte";
          case 'C' -> "char";
          case 'S' -> "short";
          case 'I' -> "int";
          case 'J' -> "long";
          case 'F' -> "float";
          case 'D' -> "double";
          default -> String.valueOf(c);
        };
        i++;
      }
      out.add(name + "[]".repeat(dims));
    }
    return out;
  }
}
