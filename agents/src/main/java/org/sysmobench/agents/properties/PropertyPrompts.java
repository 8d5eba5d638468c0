package org.sysmobench.agents.properties;

import java.util.List;
import java.util.Map;
import org.sysmobench.agents.prompt.Prompt;
import org.sysmobench.agents.prompt.PromptTemplate;
import org.sysmobench.agents.prompt.TaskBriefing;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.Task;

/** The invariants track's prompts, from the templates shipped with this module (versioned like the others). */
final class PropertyPrompts {
  private final PromptTemplate systemSources = PromptTemplate.load("system-sources");
  private final PromptTemplate write = PromptTemplate.load("properties-write");
  private final PromptTemplate requirements = PromptTemplate.load("properties-requirements");
  private final PromptTemplate repair = PromptTemplate.load("properties-repair");
  private final int limit;

  /** @param limit how many properties the scorer reads (said in the prompt) */
  PropertyPrompts(int limit) {
    this.limit = limit;
  }

  List<PromptTemplate> templates() {
    return List.of(write, requirements, repair);
  }

  /** The basic author's call: sources as the system prefix (the spec track's), then brief and requirements. */
  Prompt write(Task task, List<SourceFile> sources) {
    String req = requirements.fill(Map.of(
        "contract", TaskBriefing.contract(task),
        "constants", TaskBriefing.constants(task),
        "limit", Integer.toString(limit)));
    return new Prompt(systemSources.fill(Map.of("sources", TaskBriefing.sources(sources))),
        write.fill(Map.of("brief", TaskBriefing.brief(task), "requirements", req)),
        write.versionId() + "+" + requirements.versionId() + "+" + systemSources.versionId());
  }

  String repair(int round, int rounds, String feedback, String sheet) {
    return repair.fill(Map.of(
        "round", Integer.toString(round),
        "rounds", Integer.toString(rounds),
        "feedback", feedback.isBlank() ? "(the checker gave no details)" : feedback,
        "sheet", sheet.isBlank() ? "(no property sheet could be extracted from your previous answer)" : sheet));
  }

  String repairVersion() {
    return repair.versionId();
  }
}
