package org.sysmobench.check.discovery;

import java.util.Optional;
import org.sysmobench.tasks.InvariantTemplate;

/**
 * Something a search evaluates in every state, or on every step: a proposed property or an expert
 * template. A state predicate is evaluated as written; a step predicate is the action of a {@code
 * [][A]_v} property, {@code A \/ UNCHANGED v}, through generated definitions of its parts.
 *
 * @param id the property's name, or {@code template:Name}
 * @param step whether it is evaluated on steps
 * @param name what the generated module evaluates: the sheet's definition, or a generated one
 * @param box a step predicate's parts
 * @param template the expert template it is, if any
 */
record Predicate(String id, boolean step, String name, Optional<BoxAction> box, Optional<InvariantTemplate> template) {
  static final String TEMPLATE = "template:";

  boolean isTemplate() {
    return template.isPresent();
  }

  /**
   * The expression a generated module evaluates. A template lives in the templates module (instantiated
   * as {@code SysMoBench_T}), apart from the sheet, so the names each binds never meet; a proposed step
   * predicate's parts are generated definitions numbered {@code k}.
   */
  String expression(int k) {
    if (template.isPresent()) {
      String t = PropertyModule.TEMPLATES + "!";
      String n = template.get().name();
      return step ? "(" + t + PropertyModule.TEMPLATE_ACTION + n + " \\/ UNCHANGED " + t + PropertyModule.TEMPLATE_SUBSCRIPT
          + n + ")" : t + PropertyModule.TEMPLATE + n;
    }
    return step ? "(" + PropertyModule.ACTION + k + " \\/ UNCHANGED " + PropertyModule.SUBSCRIPT + k + ")" : name;
  }
}
