package org.sysmobench.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expert property of the system: its name, kind, meaning in words, and a concrete TLA+
 * definition over the contract vocabulary (the right-hand side of {@code name == definition}).
 * Because the definition is concrete, no LLM translates templates at scoring time.
 *
 * @param constants TLC constants that narrow the model for this template only (e.g. no crashes for a
 *     liveness property whose full model is too large to check within budget); empty for the task's model
 * @param protects the code of the real system whose behaviour the template guards (methods, branches), so
 *     a reader sees which bug a violation points at; empty when the task does not say
 */
public record InvariantTemplate(String name, InvariantKind kind, String meaning, String definition,
    Map<String, String> constants, String protects) {
  public InvariantTemplate {
    constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
  }

  public InvariantTemplate(String name, InvariantKind kind, String meaning, String definition,
      Map<String, String> constants) {
    this(name, kind, meaning, definition, constants, "");
  }

  public InvariantTemplate(String name, InvariantKind kind, String meaning, String definition) {
    this(name, kind, meaning, definition, Map.of(), "");
  }
}
