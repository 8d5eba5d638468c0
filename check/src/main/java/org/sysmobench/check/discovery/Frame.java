package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a generated module sees the spec it checks properties on: through {@code INSTANCE} of a module
 * that extends the spec ({@code SysMoBench_Model}, or a trace replay module over it), never by extending
 * it, so none of the spec's own definitions is in a property's scope. The module declares the contract's
 * constants and variables under their own names and the spec's others (a model's bookkeeping variables)
 * under reserved names, substituted into the instance.
 *
 * @param instanceOf the module instantiated as {@code SysMoBench_M}
 * @param constants the generated module's constants, in the spec's order
 * @param variables its variables, in the spec's order (a replay's trace and cursor last)
 * @param substitutions the {@code WITH} part of the instance ({@code name <- SysMoBench_X_name}), empty when none
 * @param config the constants' values for TLC, keyed by the generated module's names
 */
record Frame(String instanceOf, List<String> constants, List<String> variables, List<String> substitutions,
    Map<String, String> config) {
  static final String INSTANCE = "SysMoBench_M";
  static final String EXTRA = "SysMoBench_X_";

  Frame {
    constants = List.copyOf(constants);
    variables = List.copyOf(variables);
    substitutions = List.copyOf(substitutions);
    config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }

  /**
   * @param contractNames the contract's names (kept as they are)
   * @param specConstants the spec's declared constants
   * @param specVariables the spec's declared variables
   * @param values the constants' values, keyed by the spec's names
   * @param more further variables of {@code instanceOf} (already reserved names, such as a replay's cursor)
   */
  static Frame of(String instanceOf, Set<String> contractNames, List<String> specConstants, List<String> specVariables,
      Map<String, String> values, List<String> more) {
    List<String> cs = new ArrayList<>();
    List<String> vs = new ArrayList<>();
    List<String> subs = new ArrayList<>();
    Map<String, String> config = new LinkedHashMap<>();
    for (String c : specConstants) {
      String own = contractNames.contains(c) ? c : EXTRA + c;
      cs.add(own);
      if (!own.equals(c)) {
        subs.add(c + " <- " + own);
      }
      if (values.containsKey(c)) {
        config.put(own, values.get(c));
      }
    }
    for (String v : specVariables) {
      String own = contractNames.contains(v) ? v : EXTRA + v;
      vs.add(own);
      if (!own.equals(v)) {
        subs.add(v + " <- " + own);
      }
    }
    vs.addAll(more);
    return new Frame(instanceOf, cs, vs, subs, config);
  }

  /** The tuple of every variable. */
  String state() {
    return "<<" + String.join(", ", variables) + ">>";
  }

  /** The generated module's name for the spec's variable {@code v}. */
  String own(String v, Set<String> contractNames) {
    return contractNames.contains(v) ? v : EXTRA + v;
  }
}
