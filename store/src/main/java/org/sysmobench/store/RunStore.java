package org.sysmobench.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;

/**
 * A results folder: the index, the artifacts and the runs' manifests.
 *
 * <h2>Design note: the results folder layout, store schema version {@link Migrations#LATEST}</h2>
 *
 * <pre>
 * &lt;results&gt;/
 *   index.sqlite             the index (SQLite, WAL): runs, cells, LLM calls, scorings, phases, findings,
 *                            per-trace and per-invariant results; schema in {@link Migrations}
 *   artifacts/ab/&lt;sha256&gt;    content-addressed artifacts ({@link ArtifactStore}): prompts (request JSON),
 *                            responses, specs, cfgs, transcripts, evaluation results (sysmobench-eval JSON,
 *                            which carries the TLC diagnostics, counterexamples and trace verdicts)
 *   runs/&lt;run-id&gt;/manifest.json   the run's manifest ({@link RunManifest}): written first, finalized last
 *   runs/&lt;run-id&gt;/writer.lock, writer.json   the lock of the process writing the run ({@link RunLock})
 *   llm-cache/               the LLM response cache shared by every run of the folder (llm module's format),
 *                            so a resumed or repeated run never pays twice for the same request
 * </pre>
 *
 * <p><b>Why.</b> The store is the product: every artifact is written as soon as it exists, each state
 * change of a cell is one SQL transaction, so a process killed at any instant (kill -9) leaves either the
 * state before or after a change. Scores are recomputable from artifacts alone (spec + cfg + task), and
 * rescoring adds a scoring version rather than overwriting one.
 *
 * <p><b>Concurrency (decided).</b> One connection per {@code RunStore} instance, every statement
 * serialized by the instance's monitor: SQLite allows one writer at a time anyway, and a serialized writer
 * needs no retry logic in the threads that run cells. Several processes on the same folder (a report
 * while a run writes, two runs) are safe through WAL (readers never block the writer), {@code busy_timeout}
 * (a writer waits up to 30 s for another) and immediate transactions (no lock-upgrade deadlocks).
 * Artifacts need no lock: same name, same bytes, atomic rename.
 *
 * <p><b>Versioning.</b> The index schema is versioned by {@link Migrations} (table {@code schema_migrations});
 * manifests and exports carry their own {@code schema}/{@code version} fields.
 */
public final class RunStore implements AutoCloseable {
  public static final String INDEX_FILE = "index.sqlite";
  private static final int BUSY_TIMEOUT_MS = 30_000;

  private final Path folder;
  private final Clock clock;
  private final Connection db;
  private final ArtifactStore artifacts;
  private final int schemaVersion;

  private RunStore(Path folder, Clock clock, Connection db, int schemaVersion) {
    this.folder = folder;
    this.clock = clock;
    this.db = db;
    this.artifacts = new ArtifactStore(folder.resolve("artifacts"));
    this.schemaVersion = schemaVersion;
  }

  /** Opens (creating if needed) the results folder and brings its index to the latest schema. */
  public static RunStore open(Path folder, Clock clock) {
    Path dir = folder.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir.resolve("runs"));
      Files.createDirectories(dir.resolve("artifacts"));
      SQLiteConfig cfg = new SQLiteConfig();
      cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // NORMAL in WAL mode survives a killed process (only an OS crash can lose the last commits).
      cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
      cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      cfg.enforceForeignKeys(true);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(INDEX_FILE), cfg.toProperties());
      int version = Migrations.apply(c, clock);
      return new RunStore(dir, clock, c, version);
    } catch (IOException e) {
      throw new StoreException("cannot create the results folder " + dir + ": " + AtomicFiles.reason(e), e);
    } catch (SQLException e) {
      throw new StoreException("cannot open the index in " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path folder() {
    return folder;
  }

  public ArtifactStore artifacts() {
    return artifacts;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  public Path llmCacheDir() {
    return folder.resolve("llm-cache");
  }

  public Path runFolder(RunId run) {
    return folder.resolve("runs").resolve(run.value());
  }

  public Path manifestFile(RunId run) {
    return runFolder(run).resolve("manifest.json");
  }

  /** The current time, as the store writes it. */
  public String now() {
    return clock.instant().toString();
  }

  // ---------------------------------------------------------------- writing

  /**
   * Takes the run's writer lock ({@link RunLock}): held while a process executes the run's cells,
   * released on close or when the process dies.
   *
   * @throws RunLockedException naming the pid and host of the live process that writes the run
   */
  public RunLock lockRun(RunId run) {
    return RunLock.acquire(runFolder(run), run, now());
  }

  /**
   * Starts a run: the manifest file first (status started), then the plan's cells and scoring version 1
   * in one transaction. Nothing is executed before the whole plan is stored.
   */
  public synchronized void createRun(RunManifest manifest, List<CellKey> plan) {
    if (manifest.status() != RunStatus.STARTED) {
      throw new IllegalArgumentException("a run starts with status started");
    }
    writeManifestFile(manifest);
    transaction(() -> {
      update("INSERT INTO runs(run_id, status, started_at, finished_at, manifest_json) VALUES (?, ?, ?, ?, ?)",
          manifest.runId(), manifest.status().name(), manifest.startedAt(), manifest.finishedAt(),
          StoreJson.write(manifest));
      int position = 0;
      for (CellKey k : plan) {
        update("INSERT INTO cells(run_id, cell_id, position, task, model, agent, epoch, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            manifest.runId(), k.id(), position++, k.task().value(), k.model().value(), k.agent(), k.epoch(),
            CellStatus.PLANNED.name());
      }
      update("INSERT INTO scoring_versions VALUES (?, 1, ?, ?, ?)", manifest.runId(), manifest.profile(), now(),
          "scored while running");
    });
  }

  /** Rewrites the manifest (resume, finish): the index first, then the file, which is thus the last write. */
  public synchronized void updateManifest(RunManifest manifest) {
    transaction(() -> {
      int n = update("UPDATE runs SET status = ?, finished_at = ?, manifest_json = ? WHERE run_id = ?",
          manifest.status().name(), manifest.finishedAt(), StoreJson.write(manifest), manifest.runId());
      if (n != 1) {
        throw new StoreException("no run " + manifest.runId() + " in " + folder);
      }
    });
    writeManifestFile(manifest);
  }

  /** Marks a cell running and returns its attempt number (1 for the first). */
  public synchronized int startCell(RunId run, CellKey cell) {
    int[] attempt = new int[1];
    transaction(() -> {
      requireUpdated(update("UPDATE cells SET status = ?, attempts = attempts + 1, started_at = ?, finished_at = '',"
          + " failure_class = 'NONE', failure_message = '' WHERE run_id = ? AND cell_id = ?",
          CellStatus.RUNNING.name(), now(), run.value(), cell.id()), run, cell);
      attempt[0] = queryInt("SELECT attempts FROM cells WHERE run_id = ? AND cell_id = ?", run.value(), cell.id());
    });
    return attempt[0];
  }

  public synchronized void recordLlmCall(RunId run, CellKey cell, LlmCallRecord c) {
    transaction(() -> update("INSERT OR REPLACE INTO llm_calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        run.value(), cell.id(), c.attempt(), c.seq(), c.step(), c.promptSha256(), c.responseSha256(), c.inputTokens(),
        c.cachedInputTokens(), c.outputTokens(), c.reasoningTokens(), c.costKnown() ? c.costUsd().toPlainString() : null,
        c.fromCache() ? 1 : 0, c.finishReason(), c.truncated() ? 1 : 0, c.latencyMillis()));
  }

  /** Stores the text as an artifact and names it in the cell under {@code role}; returns its hash. */
  public String attachText(RunId run, CellKey cell, String role, String text) {
    String sha = artifacts.put(text);
    attachArtifact(run, cell, role, sha);
    return sha;
  }

  public synchronized void attachArtifact(RunId run, CellKey cell, String role, String sha) {
    transaction(() -> update("INSERT OR REPLACE INTO cell_artifacts VALUES (?, ?, ?, ?)", run.value(), cell.id(), role,
        sha));
  }

  /**
   * Finishes a cell with its evaluation under scoring version 1: the result file, the index rows and the
   * status change in one transaction.
   *
   * @param failure {@link FailureClass#MODEL} when the model's answer was defective (still scored),
   *     {@link FailureClass#GRADER} when a phase was a harness error, else {@link FailureClass#NONE}
   */
  public synchronized void completeCell(RunId run, CellKey cell, FailureClass failure, String message,
      EvalResult result) {
    String sha = artifacts.put(ResultJson.write(result));
    transaction(() -> {
      insertScoring(run, cell, 1, sha, result);
      update("INSERT OR REPLACE INTO cell_artifacts VALUES (?, ?, ?, ?)", run.value(), cell.id(), "eval:1", sha);
      requireUpdated(update("UPDATE cells SET status = ?, failure_class = ?, failure_message = ?, finished_at = ?"
          + " WHERE run_id = ? AND cell_id = ?", CellStatus.DONE.name(), failure.name(), message, now(), run.value(),
          cell.id()), run, cell);
    });
  }

  /**
   * Finishes a cell whose result is not a spec evaluation (an invariants-track cell): the result is stored as
   * the artifact {@code role} and the status changes, in one transaction; it has no rows in the spec
   * track's score tables.
   */
  public synchronized void completeCell(RunId run, CellKey cell, FailureClass failure, String message, String role,
      String result) {
    String sha = artifacts.put(result);
    transaction(() -> {
      update("INSERT OR REPLACE INTO cell_artifacts VALUES (?, ?, ?, ?)", run.value(), cell.id(), role, sha);
      requireUpdated(update("UPDATE cells SET status = ?, failure_class = ?, failure_message = ?, finished_at = ?"
          + " WHERE run_id = ? AND cell_id = ?", CellStatus.DONE.name(), failure.name(), message, now(), run.value(),
          cell.id()), run, cell);
    });
  }

  /** An infrastructure failure that exhausted its retries: not scored, run again by a resume. */
  public synchronized void failCell(RunId run, CellKey cell, String message) {
    transaction(() -> requireUpdated(update("UPDATE cells SET status = ?, failure_class = ?, failure_message = ?,"
        + " finished_at = ? WHERE run_id = ? AND cell_id = ?", CellStatus.INFRA_FAILED.name(), FailureClass.INFRA.name(),
        message, now(), run.value(), cell.id()), run, cell));
  }

  /** Returns a started cell to the plan (the run stopped before it finished); its calls stay recorded. */
  public synchronized void resetCell(RunId run, CellKey cell, String why) {
    transaction(() -> requireUpdated(update("UPDATE cells SET status = ?, failure_message = ? WHERE run_id = ?"
        + " AND cell_id = ?", CellStatus.PLANNED.name(), why, run.value(), cell.id()), run, cell));
  }

  /** Adds the next scoring version of a run (a rescore writes its cells' results under it). */
  public synchronized ScoringVersion addScoringVersion(RunId run, String profile, String note) {
    ScoringVersion[] v = new ScoringVersion[1];
    transaction(() -> {
      int next = queryInt("SELECT COALESCE(MAX(version), 0) + 1 FROM scoring_versions WHERE run_id = ?", run.value());
      v[0] = new ScoringVersion(next, profile, now(), note);
      update("INSERT INTO scoring_versions VALUES (?, ?, ?, ?, ?)", run.value(), next, profile, v[0].createdAt(), note);
    });
    return v[0];
  }

  public synchronized void addScoring(RunId run, CellKey cell, int version, EvalResult result) {
    String sha = artifacts.put(ResultJson.write(result));
    transaction(() -> {
      insertScoring(run, cell, version, sha, result);
      update("INSERT OR REPLACE INTO cell_artifacts VALUES (?, ?, ?, ?)", run.value(), cell.id(), "eval:" + version,
          sha);
    });
  }

  private void insertScoring(RunId run, CellKey cell, int version, String sha, EvalResult r) throws SQLException {
    String rid = run.value();
    String cid = cell.id();
    // Idempotent: a cell scored again under the same version (a re-run cell) replaces its rows entirely.
    for (String table : List.of("scorings", "phases", "findings", "trace_results", "invariant_results")) {
      update("DELETE FROM " + table + " WHERE run_id = ? AND cell_id = ? AND version = ?", rid, cid, version);
    }
    update("INSERT INTO scorings VALUES (?, ?, ?, ?, ?, ?)", rid, cid, version, sha, r.overall(), r.verdict().name());
    for (PhaseResult p : r.phases()) {
      update("INSERT INTO phases VALUES (?, ?, ?, ?, ?, ?, ?)", rid, cid, version, p.phase().id(), p.verdict().name(),
          p.score(), p.summary());
      int seq = 0;
      for (Finding f : p.findings()) {
        update("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rid, cid, version, p.phase().id(), seq++,
            f.kind(), f.lostPoints() ? 1 : 0, f.message(), f.where());
      }
      if (p.details() instanceof PhaseDetails.Conformance c) {
        for (PhaseDetails.TraceCheck t : c.traces()) {
          update("INSERT OR REPLACE INTO trace_results VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rid, cid, version, t.trace(),
              t.outcome().name(), t.events(), t.matched(), t.firstUnexplained());
        }
      } else if (p.details() instanceof PhaseDetails.Invariants inv) {
        for (PhaseDetails.InvariantCheck i : inv.invariants()) {
          update("INSERT OR REPLACE INTO invariant_results VALUES (?, ?, ?, ?, ?, ?, ?)", rid, cid, version, i.name(),
              i.kind(), i.outcome().name(), i.traceLength());
        }
      }
    }
  }

  private void writeManifestFile(RunManifest m) {
    AtomicFiles.write(manifestFile(m.id()), StoreJson.write(m).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- reading

  /** Every run in the index, oldest first. */
  public synchronized List<RunManifest> runs() {
    return query("SELECT manifest_json FROM runs ORDER BY started_at, run_id", List.of(),
        rs -> readManifest(rs.getString(1)));
  }

  public synchronized Optional<RunManifest> manifest(RunId run) {
    return query("SELECT manifest_json FROM runs WHERE run_id = ?", List.of(run.value()),
        rs -> readManifest(rs.getString(1))).stream().findFirst();
  }

  /** The run's manifest, or an error naming the runs that exist. */
  public RunManifest requireRun(RunId run) {
    return manifest(run).orElseThrow(() -> new StoreException("no run '" + run + "' in " + folder + "; runs: "
        + runs().stream().map(RunManifest::runId).toList()));
  }

  /** The cells of a run in plan order. */
  public synchronized List<CellRecord> cells(RunId run) {
    Map<String, Map<String, String>> arts = new HashMap<>();
    query("SELECT cell_id, role, sha256 FROM cell_artifacts WHERE run_id = ? ORDER BY cell_id, role", List.of(run.value()),
        rs -> arts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)));
    return query("SELECT cell_id, position, task, model, agent, epoch, status, attempts, failure_class, failure_message,"
        + " started_at, finished_at FROM cells WHERE run_id = ? ORDER BY position", List.of(run.value()),
        rs -> new CellRecord(new CellKey(TaskId.of(rs.getString(3)), ModelId.of(rs.getString(4)), rs.getString(5),
            rs.getInt(6)), rs.getInt(2), CellStatus.valueOf(rs.getString(7)), rs.getInt(8),
            FailureClass.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
            arts.getOrDefault(rs.getString(1), Map.of())));
  }

  /** A cell's LLM calls, every attempt, in order. */
  public synchronized List<LlmCallRecord> llmCalls(RunId run, CellKey cell) {
    return query("SELECT attempt, seq, step, prompt_sha256, response_sha256, input_tokens, cached_input_tokens,"
        + " output_tokens, reasoning_tokens, cost_usd, from_cache, finish_reason, truncated, latency_ms FROM llm_calls"
        + " WHERE run_id = ? AND cell_id = ? ORDER BY attempt, seq", List.of(run.value(), cell.id()), rs -> {
          String cost = rs.getString(10);
          return new LlmCallRecord(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), cost == null ? BigDecimal.ZERO :
              new BigDecimal(cost), cost != null, rs.getInt(11) != 0, rs.getString(12), rs.getInt(13) != 0,
              rs.getLong(14));
        });
  }

  public synchronized List<ScoringVersion> scoringVersions(RunId run) {
    return query("SELECT version, profile, created_at, note FROM scoring_versions WHERE run_id = ? ORDER BY version",
        List.of(run.value()), rs -> new ScoringVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /** The latest scoring version of the run (1 until a rescore). */
  public ScoringVersion latestScoring(RunId run) {
    List<ScoringVersion> all = scoringVersions(run);
    if (all.isEmpty()) {
      throw new StoreException("run " + run + " has no scoring version");
    }
    return all.get(all.size() - 1);
  }

  /** The cells' evaluations under one scoring version, in plan order; results are read from their artifacts. */
  public List<CellScoring> scorings(RunId run, int version) {
    List<String[]> rows;
    synchronized (this) {
      rows = query("SELECT s.cell_id, s.result_sha256 FROM scorings s JOIN cells c ON c.run_id = s.run_id AND"
          + " c.cell_id = s.cell_id WHERE s.run_id = ? AND s.version = ? ORDER BY c.position",
          List.of(run.value(), version), rs -> new String[] {rs.getString(1), rs.getString(2)});
    }
    Map<String, CellKey> keys = new HashMap<>();
    cells(run).forEach(c -> keys.put(c.key().id(), c.key()));
    List<CellScoring> out = new ArrayList<>();
    for (String[] row : rows) {
      out.add(new CellScoring(keys.get(row[0]), version, row[1], readResult(artifacts.read(row[1]))));
    }
    return out;
  }

  /** Counts of cells by status, for progress lines and listings. */
  public synchronized Map<CellStatus, Integer> statusCounts(RunId run) {
    Map<CellStatus, Integer> counts = new LinkedHashMap<>();
    for (CellStatus s : CellStatus.values()) {
      counts.put(s, 0);
    }
    query("SELECT status, COUNT(*) FROM cells WHERE run_id = ? GROUP BY status", List.of(run.value()),
        rs -> counts.put(CellStatus.valueOf(rs.getString(1)), rs.getInt(2)));
    return counts;
  }

  private static RunManifest readManifest(String json) {
    RunManifest m = StoreJson.read(json, RunManifest.class, "run manifest");
    if (!RunManifest.SCHEMA.equals(m.schema()) || m.version() != RunManifest.VERSION) {
      throw new StoreException("not a " + RunManifest.SCHEMA + " v" + RunManifest.VERSION + " manifest: "
          + m.schema() + " v" + m.version());
    }
    return m;
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the index of " + folder, e);
    }
  }

  // ---------------------------------------------------------------- JDBC plumbing

  private interface SqlWork {
    void run() throws SQLException;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code work} as one transaction. The first failure is the one reported: when the disk is full
   * SQLite has already rolled back by itself, and the rollback's own complaint ("cannot commit - no
   * transaction is active") used to hide the cause.
   */
  private void transaction(SqlWork work) {
    try {
      db.setAutoCommit(false);
    } catch (SQLException e) {
      throw writeFailed(e);
    }
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback();
      } catch (SQLException again) {
        e.addSuppressed(again);
      }
      throw e instanceof SQLException sql ? writeFailed(sql) : (RuntimeException) e;
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is unusable; the next statement reports it
      }
    }
  }

  private StoreException writeFailed(SQLException e) {
    return new StoreException("cannot write the index " + folder.resolve(INDEX_FILE) + ": " + e.getMessage(), e);
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  private int queryInt(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private <T> List<T> query(String sql, List<Object> args, RowReader<T> reader) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, args.toArray());
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("index read failed in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static void requireUpdated(int rows, RunId run, CellKey cell) {
    if (rows != 1) {
      throw new StoreException("no cell " + cell + " in run " + run);
    }
  }

  private static EvalResult readResult(String json) {
    try {
      return ResultJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new StoreException("invalid stored evaluation result: " + e.getMessage(), e);
    }
  }
}
