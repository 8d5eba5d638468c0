package org.sysmobench.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pseudo-model: a task's own reference spec ({@code reference}) or one of its deliberately wrong
 * mutants ({@code mutant:<name>}), scored as if a model had written it. No agent writes it and no LLM is
 * called, so it needs no key and costs nothing.
 *
 * <p>Naming. A user may name one for every task of a run that has it ({@code mutant:no-exclusion}); a
 * run's cells always name it per task ({@code mutant:no-exclusion@rust-spin}, {@code reference@rust-spin}),
 * so that mutants of different tasks sharing a name are never pooled into one leaderboard row. Its cells
 * have the agent {@value #AGENT}.
 *
 * @param mutant the mutant's name, "" for the reference spec
 * @param task the task it belongs to, "" when the name applies to every task that has it
 */
public record PseudoModel(String mutant, String task) {
  /** The agent of every pseudo-model cell: nobody wrote the spec. */
  public static final String AGENT = "none";
  static final String REFERENCE = "reference";
  static final String MUTANT_PREFIX = "mutant:";

  public PseudoModel {
    Objects.requireNonNull(mutant, "mutant");
    Objects.requireNonNull(task, "task");
    if (!task.isEmpty()) {
      TaskId.of(task);
    }
  }

  /** The pseudo-model a model id names, if it names one. */
  public static Optional<PseudoModel> parse(ModelId id) {
    String v = id.value();
    int at = v.lastIndexOf('@');
    String name = at < 0 ? v : v.substring(0, at);
    String task = at < 0 ? "" : v.substring(at + 1);
    if (name.equals(REFERENCE)) {
      return Optional.of(new PseudoModel("", task));
    }
    if (name.startsWith(MUTANT_PREFIX) && name.length() > MUTANT_PREFIX.length()) {
      return Optional.of(new PseudoModel(name.substring(MUTANT_PREFIX.length()), task));
    }
    return Optional.empty();
  }

  public static boolean isPseudoModel(ModelId id) {
    return parse(id).isPresent();
  }

  public boolean isReference() {
    return mutant.isEmpty();
  }

  /** Whether the name applies to this task (an unqualified name applies to every task). */
  public boolean appliesTo(TaskId t) {
    return task.isEmpty() || task.equals(t.value());
  }

  /** The same pseudo-model, named for one task. */
  public PseudoModel forTask(TaskId t) {
    return new PseudoModel(mutant, t.value());
  }

  public ModelId id() {
    return ModelId.of((isReference() ? REFERENCE : MUTANT_PREFIX + mutant) + (task.isEmpty() ? "" : "@" + task));
  }

  /** For people: {@code the reference spec of rust-spin}, {@code mutant no-exclusion of rust-spin}. */
  public String describe() {
    String what = isReference() ? "the reference spec" : "mutant " + mutant;
    return what + (task.isEmpty() ? " of each task" : " of " + task);
  }
}
