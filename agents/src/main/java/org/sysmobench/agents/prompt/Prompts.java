package org.sysmobench.agents.prompt;

import java.util.List;
import java.util.Map;
import org.sysmobench.agents.source.SourceUnit;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.Task;

/**
 * The prompts of every author, built from the templates shipped with this module. Immutable: one
 * instance serves all cells.
 */
public final class Prompts {
  private final PromptTemplate systemSources = PromptTemplate.load("system-sources");
  private final PromptTemplate systemTraces = PromptTemplate.load("system-traces");
  private final PromptTemplate requirements = PromptTemplate.load("requirements");
  private final PromptTemplate basicWrite = PromptTemplate.load("basic-write");
  private final PromptTemplate translateUnit = PromptTemplate.load("translate-unit");
  private final PromptTemplate translateAssemble = PromptTemplate.load("translate-assemble");
  private final PromptTemplate traceWrite = PromptTemplate.load("trace-write");
  private final PromptTemplate repair = PromptTemplate.load("repair");

  /** Every template, for listing and tests. */
  public List<PromptTemplate> templates() {
    return List.of(systemSources, systemTraces, requirements, basicWrite, translateUnit, translateAssemble,
        traceWrite, repair);
  }

  /** The basic author's single call: sources as the system prefix, then brief and requirements. */
  public Prompt basicWrite(Task task, List<SourceFile> sources) {
    return new Prompt(sourcesSystem(sources),
        basicWrite.fill(Map.of("brief", TaskBriefing.brief(task), "requirements", requirements(task))),
        versions(basicWrite, requirements, systemSources));
  }

  /** One unit of the code translation. */
  public Prompt translateUnit(Task task, List<SourceFile> sources, SourceUnit unit, int index, int count) {
    return new Prompt(sourcesSystem(sources), translateUnit.fill(Map.of(
        "brief", TaskBriefing.brief(task),
        "contract", TaskBriefing.contract(task),
        "unit_index", Integer.toString(index),
        "unit_count", Integer.toString(count),
        "unit_name", unit.name(),
        "unit_file", unit.file(),
        "unit_lines", unit.firstLine() + "-" + unit.lastLine(),
        "unit_code", unit.text())), versions(translateUnit, systemSources));
  }

  /** The assembly of the translated fragments into one module. */
  public Prompt translateAssemble(Task task, List<SourceFile> sources, String fragments) {
    return new Prompt(sourcesSystem(sources), translateAssemble.fill(Map.of(
        "fragments", fragments,
        "brief", TaskBriefing.brief(task),
        "requirements", requirements(task))), versions(translateAssemble, requirements, systemSources));
  }

  /** The trace-learning author's call: traces as the system prefix, no source code anywhere. */
  public Prompt traceWrite(Task task, String renderedTraces) {
    return new Prompt(systemTraces.fill(Map.of("traces", renderedTraces)),
        traceWrite.fill(Map.of("brief", TaskBriefing.brief(task), "requirements", requirements(task))),
        versions(traceWrite, requirements, systemTraces));
  }

  /** The user message of one repair round (sent after the conversation that produced the spec). */
  public String repair(Task task, int round, int rounds, String feedback, String spec, String cfg) {
    return repair.fill(Map.of(
        "round", Integer.toString(round),
        "rounds", Integer.toString(rounds),
        "feedback", feedback.isBlank() ? "(the checker gave no details)" : feedback,
        "spec", spec.isBlank() ? "(no module could be extracted from your previous answer)" : spec,
        "cfg", cfg.isBlank() ? "(none)" : cfg,
        "module", task.spec().module(),
        "specification", task.spec().specification()));
  }

  public String repairVersion() {
    return repair.versionId();
  }

  private String sourcesSystem(List<SourceFile> sources) {
    return systemSources.fill(Map.of("sources", TaskBriefing.sources(sources)));
  }

  private String requirements(Task task) {
    return requirements.fill(Map.of(
        "contract", TaskBriefing.contract(task),
        "module", task.spec().module(),
        "specification", task.spec().specification(),
        "constants", TaskBriefing.constants(task)));
  }

  private static String versions(PromptTemplate... used) {
    StringBuilder s = new StringBuilder();
    for (PromptTemplate t : used) {
      s.append(s.length() == 0 ? "" : "+").append(t.versionId());
    }
    return s.toString();
  }
}
