package org.sysmobench.tla.cfg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TLC model configuration as a value. Constant right-hand sides are kept as written (TLC syntax:
 * {@code 3}, {@code {1, 2}}, model values, or {@code <- Op} substitutions). {@link #render()} writes a
 * file TLC accepts; {@link TlcConfigParser} reads one.
 *
 * @param constants name to right-hand side, e.g. {@code "N" -> "3"}, {@code "Op" -> "<- OpImpl"}
 * @param specification the temporal formula, or empty when INIT/NEXT are used
 * @param checkDeadlock empty when the file does not say
 */
public record TlcConfig(
    Map<String, String> constants,
    String specification,
    String init,
    String next,
    List<String> invariants,
    List<String> properties,
    List<String> constraints,
    List<String> actionConstraints,
    String symmetry,
    String view,
    Optional<Boolean> checkDeadlock) {

  public TlcConfig {
    constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    invariants = List.copyOf(invariants);
    properties = List.copyOf(properties);
    constraints = List.copyOf(constraints);
    actionConstraints = List.copyOf(actionConstraints);
  }

  public static TlcConfig empty() {
    return new TlcConfig(Map.of(), "", "", "", List.of(), List.of(), List.of(), List.of(), "", "", Optional.empty());
  }

  public TlcConfig withConstants(Map<String, String> overrides) {
    Map<String, String> c = new LinkedHashMap<>(constants);
    c.putAll(overrides);
    return new TlcConfig(c, specification, init, next, invariants, properties, constraints, actionConstraints,
        symmetry, view, checkDeadlock);
  }

  public TlcConfig withSpecification(String spec) {
    return new TlcConfig(constants, spec, "", "", invariants, properties, constraints, actionConstraints,
        symmetry, view, checkDeadlock);
  }

  public TlcConfig withInvariants(List<String> inv) {
    return new TlcConfig(constants, specification, init, next, inv, properties, constraints, actionConstraints,
        symmetry, view, checkDeadlock);
  }

  public TlcConfig withProperties(List<String> props) {
    return new TlcConfig(constants, specification, init, next, invariants, props, constraints, actionConstraints,
        symmetry, view, checkDeadlock);
  }

  public TlcConfig withActionConstraints(List<String> names) {
    return new TlcConfig(constants, specification, init, next, invariants, properties, constraints, names,
        symmetry, view, checkDeadlock);
  }

  public TlcConfig withCheckDeadlock(boolean check) {
    return new TlcConfig(constants, specification, init, next, invariants, properties, constraints,
        actionConstraints, symmetry, view, Optional.of(check));
  }

  /** The same model with no checked properties: what the author claimed is not what we score. */
  public TlcConfig withoutChecks() {
    return withInvariants(List.of()).withProperties(List.of());
  }

  /** A cfg text TLC reads. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    if (!constants.isEmpty()) {
      sb.append("CONSTANTS\n");
      constants.forEach((k, v) -> sb.append("  ").append(k).append(v.startsWith("<-") ? " " : " = ").append(v).append('\n'));
    }
    if (!specification.isEmpty()) {
      sb.append("SPECIFICATION ").append(specification).append('\n');
    } else {
      if (!init.isEmpty()) {
        sb.append("INIT ").append(init).append('\n');
      }
      if (!next.isEmpty()) {
        sb.append("NEXT ").append(next).append('\n');
      }
    }
    section(sb, "INVARIANT", invariants);
    section(sb, "PROPERTY", properties);
    section(sb, "CONSTRAINT", constraints);
    section(sb, "ACTION_CONSTRAINT", actionConstraints);
    if (!symmetry.isEmpty()) {
      sb.append("SYMMETRY ").append(symmetry).append('\n');
    }
    if (!view.isEmpty()) {
      sb.append("VIEW ").append(view).append('\n');
    }
    checkDeadlock.ifPresent(b -> sb.append("CHECK_DEADLOCK ").append(b ? "TRUE" : "FALSE").append('\n'));
    return sb.toString();
  }

  private static void section(StringBuilder sb, String keyword, List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    for (String n : sorted) {
      sb.append(keyword).append(' ').append(n).append('\n');
    }
  }
}
