package org.sysmobench.check.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.cfg.TlcConfigParser;

/**
 * The model every phase checks the spec with, owned by the task: the task's constants, plus values for
 * constants the spec declares beyond them, taken from the author's cfg (a spec may declare more than the
 * contract). Nothing else of the author's cfg shapes what is explored: SPECIFICATION, INIT and NEXT
 * (the task names the formula), CONSTRAINT, ACTION_CONSTRAINT, VIEW and SYMMETRY (they could hide
 * violations or, for symmetry, make liveness checking unsound), INVARIANT and PROPERTY (the author's
 * claims, not the benchmark's), and values for names the spec does not declare as constants (a
 * substitution could replace one of its definitions). What was ignored is said in the notes.
 *
 * @param constants the constant assignments to give TLC
 * @param declared the constants the spec declares (only they are ever given to TLC)
 * @param notes what was taken from or ignored of the author's cfg, one line each
 */
public record ModelConfig(Map<String, String> constants, List<String> declared, List<String> notes) {
  public ModelConfig {
    constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    declared = List.copyOf(declared);
    notes = List.copyOf(notes);
  }

  /**
   * @param taskConstants the task's model-checking constants
   * @param authorCfg the cfg text that came with the spec; empty when none
   * @param declared the constants the spec declares
   */
  public static ModelConfig resolve(Map<String, String> taskConstants, String authorCfg, List<String> declared) {
    List<String> notes = new ArrayList<>();
    Map<String, String> constants = new LinkedHashMap<>();
    taskConstants.forEach((k, v) -> {
      if (declared.contains(k)) {
        constants.put(k, v);
      }
    });
    if (authorCfg.isBlank()) {
      return new ModelConfig(constants, declared, notes);
    }
    TlcConfigParser.Parsed parsed = TlcConfigParser.parse(authorCfg);
    parsed.problems().forEach(p -> notes.add("cfg: " + p));
    TlcConfig cfg = parsed.config();
    List<String> ignored = new ArrayList<>();
    cfg.constants().forEach((k, v) -> {
      if (taskConstants.containsKey(k)) {
        if (!taskConstants.get(k).equals(v)) {
          notes.add("cfg: constant " + k + " = " + v + " replaced by the task's " + taskConstants.get(k));
        }
      } else if (declared.contains(k)) {
        constants.put(k, v);
      } else {
        ignored.add(k + (v.startsWith("<-") ? " " : " = ") + v + " (not a constant the spec declares)");
      }
    });
    if (!cfg.specification().isEmpty()) {
      ignored.add("SPECIFICATION " + cfg.specification());
    }
    if (!cfg.init().isEmpty()) {
      ignored.add("INIT " + cfg.init());
    }
    if (!cfg.next().isEmpty()) {
      ignored.add("NEXT " + cfg.next());
    }
    cfg.invariants().forEach(i -> ignored.add("INVARIANT " + i));
    cfg.properties().forEach(p -> ignored.add("PROPERTY " + p));
    cfg.constraints().forEach(c -> ignored.add("CONSTRAINT " + c));
    cfg.actionConstraints().forEach(c -> ignored.add("ACTION_CONSTRAINT " + c));
    if (!cfg.symmetry().isEmpty()) {
      ignored.add("SYMMETRY " + cfg.symmetry());
    }
    if (!cfg.view().isEmpty()) {
      ignored.add("VIEW " + cfg.view());
    }
    cfg.checkDeadlock().ifPresent(d -> ignored.add("CHECK_DEADLOCK " + (d ? "TRUE" : "FALSE")));
    if (!ignored.isEmpty()) {
      notes.add("cfg: ignored (the task owns what is model checked): " + String.join("; ", ignored));
    }
    return new ModelConfig(constants, declared, notes);
  }

  /** A TLC config with these constants, checking {@code specification}, without deadlock checking. */
  public TlcConfig config(String specification) {
    return TlcConfig.empty().withConstants(constants).withSpecification(specification).withCheckDeadlock(false);
  }

  /** The same model with some constants replaced (a template's or a trace's own; undeclared ones are dropped). */
  public ModelConfig with(Map<String, String> overrides) {
    Map<String, String> c = new LinkedHashMap<>(constants);
    overrides.forEach((k, v) -> {
      if (declared.contains(k)) {
        c.put(k, v);
      }
    });
    return new ModelConfig(c, declared, notes);
  }
}
