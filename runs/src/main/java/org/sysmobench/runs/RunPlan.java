package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.PseudoModel;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.store.CellKey;

/**
 * Every cell of a run, computed (and stored) before any executes. Cells are ordered epoch first, so an
 * early stop (budget) still leaves a complete first epoch of the matrix rather than all epochs of a few
 * combinations.
 */
public record RunPlan(RunId run, List<CellKey> cells) {
  public RunPlan {
    cells = List.copyOf(cells);
  }

  /**
   * The matrix of the settings, without the task x model pairs that do not apply (a {@code mutant:<name>}
   * pseudo-model applies only to the tasks that have that mutant). A {@link PseudoModel} gets one cell per
   * task and epoch, named for its task, with the agent {@value PseudoModel#AGENT}: no agent writes it.
   */
  public static RunPlan of(RunId run, RunSettings s, java.util.function.BiPredicate<TaskId, ModelId> applies) {
    Set<CellKey> cells = new LinkedHashSet<>();
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      for (TaskId task : s.tasks()) {
        for (ModelId model : s.models()) {
          if (!applies.test(task, model)) {
            continue;
          }
          Optional<PseudoModel> pseudo = PseudoModel.parse(model);
          if (pseudo.isPresent()) {
            cells.add(new CellKey(task, pseudo.get().forTask(task).id(), PseudoModel.AGENT, epoch));
            continue;
          }
          for (String agent : s.agents()) {
            cells.add(new CellKey(task, model, agent, epoch));
          }
        }
      }
    }
    return new RunPlan(run, new ArrayList<>(cells));
  }
}
