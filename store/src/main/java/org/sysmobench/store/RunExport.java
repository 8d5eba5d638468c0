package org.sysmobench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.RunId;

/**
 * A whole run as one JSON document, for archiving, sharing and other tools.
 *
 * <h2>Design note: schema {@code sysmobench-run-export}, version 1</h2>
 *
 * <p><b>What.</b> {@code storeSchemaVersion} (the index schema it was read from), the run's
 * {@code manifest} (schema {@code sysmobench-run} v1), its {@code scoringVersions}, and one entry per cell
 * in plan order: identity (task, model, agent, epoch), status, attempts, failure class and message,
 * timestamps, artifact hashes by role, every LLM call (tokens, cost, cache hit, finish reason) and every
 * scoring with the full evaluation result (schema {@code sysmobench-eval} v1). Artifact bodies are not
 * inlined: they live under {@code artifacts/} by hash.
 *
 * <p><b>Why.</b> One self-describing file answers "what happened in this run" without SQLite; it is also
 * the oracle of the store's round-trip test (a frozen sample per schema version must export the same).
 *
 * <p><b>Versioning.</b> {@code version} is bumped when a field changes meaning or a required field is
 * added; readers reject versions they do not know.
 */
public record RunExport(String schema, int version, int storeSchemaVersion, RunManifest manifest,
    List<ScoringVersion> scoringVersions, List<CellExport> cells) {

  public static final String SCHEMA = "sysmobench-run-export";
  public static final int VERSION = 1;

  public RunExport {
    scoringVersions = List.copyOf(scoringVersions);
    cells = List.copyOf(cells);
  }

  /** One cell with everything the index knows about it. */
  public record CellExport(String cell, String task, String model, String agent, int epoch, CellStatus status,
      int attempts, FailureClass failure, String failureMessage, String startedAt, String finishedAt,
      Map<String, String> artifacts, List<LlmCallRecord> llmCalls, List<Scored> scorings) {
    public CellExport {
      artifacts = Map.copyOf(artifacts);
      llmCalls = List.copyOf(llmCalls);
      scorings = List.copyOf(scorings);
    }
  }

  /** A cell's result under one scoring version. */
  public record Scored(int version, String resultSha256, EvalResult result) {}

  /** Reads the run from the store. */
  public static RunExport of(RunStore store, RunId run) {
    RunManifest manifest = store.requireRun(run);
    List<ScoringVersion> versions = store.scoringVersions(run);
    Map<String, List<Scored>> byCell = new java.util.HashMap<>();
    for (ScoringVersion v : versions) {
      for (CellScoring s : store.scorings(run, v.version())) {
        byCell.computeIfAbsent(s.key().id(), k -> new ArrayList<>())
            .add(new Scored(v.version(), s.resultSha256(), s.result()));
      }
    }
    List<CellExport> cells = new ArrayList<>();
    for (CellRecord c : store.cells(run)) {
      cells.add(new CellExport(c.key().id(), c.key().task().value(), c.key().model().value(), c.key().agent(),
          c.key().epoch(), c.status(), c.attempts(), c.failure(), c.failureMessage(), c.startedAt(), c.finishedAt(),
          c.artifacts(), store.llmCalls(run, c.key()), byCell.getOrDefault(c.key().id(), List.of())));
    }
    return new RunExport(SCHEMA, VERSION, store.schemaVersion(), manifest, versions, cells);
  }

  public String toJson() {
    return StoreJson.write(this);
  }

  public static RunExport fromJson(String json) {
    RunExport e;
    try {
      e = StoreJson.MAPPER.readValue(json, RunExport.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new StoreException("invalid run export: " + x.getOriginalMessage(), x);
    }
    if (!SCHEMA.equals(e.schema()) || e.version() != VERSION) {
      throw new StoreException("not a " + SCHEMA + " v" + VERSION + " file: " + e.schema() + " v" + e.version());
    }
    return e;
  }
}
