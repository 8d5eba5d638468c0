package org.sysmobench.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.PseudoModel;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.Task;

/**
 * The drafts of {@link PseudoModel}s: the task's reference spec or one of its mutants, with the reference
 * cfg, taken as they are. No author and no LLM call is involved, so such a cell records no transcript and
 * no LLM use; it shows the whole pipeline on real systems (SANY, TLC, real traces) on a fresh machine, and
 * that the scorer tells a correct spec from subtly wrong ones.
 */
final class PseudoModelDrafts {
  private PseudoModelDrafts() {}

  /** Whether a model can be asked for this task: every real model can; a mutant only for tasks that have it. */
  static boolean appliesTo(ModelId model, Task task) {
    return PseudoModel.parse(model).map(p -> p.appliesTo(task.id()) && (p.isReference() || mutant(p, task) != null))
        .orElse(true);
  }

  /** Whether the model applies to some task of {@code tasks}. */
  static boolean appliesToAny(ModelId model, java.util.List<Task> tasks) {
    return tasks.stream().anyMatch(t -> appliesTo(model, t));
  }

  /** The pseudo-model's spec and the reference cfg, as a stored draft for this task. */
  static StoredDraft draft(PseudoModel model, Task task) {
    Path spec;
    if (model.isReference()) {
      spec = task.reference().spec();
    } else {
      Mutant m = mutant(model, task);
      if (m == null) {
        throw new IllegalArgumentException("task " + task.id() + " has no mutant '" + model.mutant() + "'; mutants: "
            + task.reference().mutants().stream().map(Mutant::name).toList());
      }
      spec = m.spec();
    }
    Path cfg = task.reference().cfg();
    boolean hasCfg = cfg != null && Files.isRegularFile(cfg);
    return StoredDraft.of(read(spec), hasCfg ? read(cfg) : VerbatimAuthor.taskConfig(task), !hasCfg, "", false);
  }

  /** The id this pseudo-model has in the cells of a task. */
  static ModelId cellModel(PseudoModel model, TaskId task) {
    return model.forTask(task).id();
  }

  private static Mutant mutant(PseudoModel p, Task task) {
    return task.reference().mutants().stream().filter(m -> m.name().equals(p.mutant())).findFirst().orElse(null);
  }

  private static String read(Path p) {
    try {
      String s = Files.readString(p);
      return s.endsWith("\n") ? s : s + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
