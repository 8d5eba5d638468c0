package org.sysmobench.store;

import java.util.List;
import java.util.Map;
import org.sysmobench.model.RunId;

/**
 * A run's manifest: what was asked for, and how far it got.
 *
 * <h2>Design note: {@code runs/<run-id>/manifest.json}, schema {@code sysmobench-run} version 1</h2>
 *
 * <p><b>What.</b> The run's id and status, when it started and finished, the plan's axes (tasks, models,
 * agents, epochs, seed), limits (budget, concurrency), the scoring profile, the command line, the software
 * that ran it ({@code environment}: Java version, sysmobench version, git revision when known) and
 * free-form notes (e.g. why the run stopped), and the tasks it was asked for but skipped, each with the one
 * line saying why ({@code skippedTasks}: a toolchain this machine lacks, a recording that failed; absent
 * in manifests written before it existed, read as none), and the inputs its scores depend on, by hash
 * ({@code inputs}: each task package, each trace, the TLA+ tools; absent in manifests written before it
 * existed, read as none), so a resume or rescore can tell when they changed under it.
 *
 * <p><b>Why.</b> The manifest is written <em>first</em> (status {@code started}) so that a run killed at
 * any point is still a listed, resumable run; it is rewritten <em>last</em> (status {@code finished} or
 * {@code stopped}) so its status is trustworthy. It can be read by hand; the index mirrors it.
 *
 * <p><b>Versioning.</b> {@code version} is bumped when a field changes meaning or a required field is
 * added; readers reject versions they do not know. Timestamps are ISO-8601 UTC; "" means "not yet".
 */
public record RunManifest(
    String schema,
    int version,
    String runId,
    RunStatus status,
    String startedAt,
    String finishedAt,
    List<String> tasks,
    List<String> models,
    List<String> agents,
    int epochs,
    long seed,
    String budgetUsd,
    int maxLlmConcurrency,
    int maxTlcJobs,
    String profile,
    List<String> commandLine,
    Map<String, String> environment,
    List<String> notes,
    Map<String, String> skippedTasks,
    Map<String, String> inputs) {

  public static final String SCHEMA = "sysmobench-run";
  public static final int VERSION = 1;

  public RunManifest {
    tasks = List.copyOf(tasks);
    models = List.copyOf(models);
    agents = List.copyOf(agents);
    commandLine = List.copyOf(commandLine);
    environment = Map.copyOf(environment);
    notes = List.copyOf(notes);
    skippedTasks = skippedTasks == null ? Map.of() : Map.copyOf(skippedTasks);
    inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(inputs));
  }

  /** A manifest whose inputs are not pinned yet. */
  public RunManifest(String schema, int version, String runId, RunStatus status, String startedAt, String finishedAt,
      List<String> tasks, List<String> models, List<String> agents, int epochs, long seed, String budgetUsd,
      int maxLlmConcurrency, int maxTlcJobs, String profile, List<String> commandLine, Map<String, String> environment,
      List<String> notes, Map<String, String> skippedTasks) {
    this(schema, version, runId, status, startedAt, finishedAt, tasks, models, agents, epochs, seed, budgetUsd,
        maxLlmConcurrency, maxTlcJobs, profile, commandLine, environment, notes, skippedTasks, Map.of());
  }

  /** A manifest that skipped no task. */
  public RunManifest(String schema, int version, String runId, RunStatus status, String startedAt, String finishedAt,
      List<String> tasks, List<String> models, List<String> agents, int epochs, long seed, String budgetUsd,
      int maxLlmConcurrency, int maxTlcJobs, String profile, List<String> commandLine, Map<String, String> environment,
      List<String> notes) {
    this(schema, version, runId, status, startedAt, finishedAt, tasks, models, agents, epochs, seed, budgetUsd,
        maxLlmConcurrency, maxTlcJobs, profile, commandLine, environment, notes, Map.of());
  }

  /** The same manifest, recording that these tasks (id to why) were asked for but not run. */
  public RunManifest withSkippedTasks(Map<String, String> skipped) {
    return new RunManifest(schema, version, runId, status, startedAt, finishedAt, tasks, models, agents, epochs, seed,
        budgetUsd, maxLlmConcurrency, maxTlcJobs, profile, commandLine, environment, notes, skipped, inputs);
  }

  /** The same manifest, pinning the inputs its scores depend on (name to SHA-256). */
  public RunManifest withInputs(Map<String, String> pinned) {
    return new RunManifest(schema, version, runId, status, startedAt, finishedAt, tasks, models, agents, epochs, seed,
        budgetUsd, maxLlmConcurrency, maxTlcJobs, profile, commandLine, environment, notes, skippedTasks, pinned);
  }

  public RunId id() {
    return RunId.of(runId);
  }

  public RunManifest finished(RunStatus newStatus, String at, List<String> moreNotes) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(moreNotes);
    return new RunManifest(schema, version, runId, newStatus, startedAt, at, tasks, models, agents, epochs, seed,
        budgetUsd, maxLlmConcurrency, maxTlcJobs, profile, commandLine, environment, all, skippedTasks, inputs);
  }

  /** The same run picked up again (resume): status back to started, not finished; the budget may change. */
  public RunManifest resumed(String at, List<String> commandLine2, String newBudgetUsd) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.add("resumed at " + at + ": " + String.join(" ", commandLine2)
        + (newBudgetUsd.equals(budgetUsd) ? "" : " (budget $" + budgetUsd + " -> $" + newBudgetUsd + ")"));
    return new RunManifest(schema, version, runId, RunStatus.STARTED, startedAt, "", tasks, models, agents, epochs,
        seed, newBudgetUsd, maxLlmConcurrency, maxTlcJobs, profile, commandLine, environment, all, skippedTasks,
        inputs);
  }
}
