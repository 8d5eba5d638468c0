package org.sysmobench.agents.answer;

import java.util.List;
import java.util.Objects;

/**
 * What an answer held.
 *
 * @param specText the module (header to closing rule), or "" when none could be extracted
 * @param cfgText the TLC config: the model's, or the task's when {@code cfgFromTask}
 * @param cfgFromTask whether the config was built from the task rather than given by the model
 * @param problem why no module was extracted ("" when one was)
 * @param notes what was stripped, accepted or suspicious (prose removed, wrong module name, JSON form)
 */
public record ExtractedAnswer(String specText, String cfgText, boolean cfgFromTask, String problem,
    List<String> notes) {
  public ExtractedAnswer {
    Objects.requireNonNull(specText, "specText");
    Objects.requireNonNull(cfgText, "cfgText");
    Objects.requireNonNull(problem, "problem");
    notes = List.copyOf(notes);
  }

  public boolean hasSpec() {
    return !specText.isEmpty();
  }
}
