package org.sysmobench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * The index's schema, as an append-only list of migrations. The database records every applied migration
 * in {@code schema_migrations}; opening a store applies the missing ones in order, each in its own
 * transaction, and refuses a database newer than this code. Never edit a released migration: add one.
 * Each schema version has a frozen sample database in the tests, opened and exported by the current code.
 */
final class Migrations {
  /** One step: the version it brings the schema to, what it does, its SQL statements. */
  record Migration(int version, String description, List<String> statements) {}

  static final List<Migration> ALL = List.of(
      new Migration(1, "runs, cells, artifacts, llm calls, scorings with phases, findings, traces, invariants", List.of(
          """
          CREATE TABLE runs(
            run_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL DEFAULT '',
            manifest_json TEXT NOT NULL)""",
          """
          CREATE TABLE cells(
            run_id TEXT NOT NULL REFERENCES runs(run_id),
            cell_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            task TEXT NOT NULL,
            model TEXT NOT NULL,
            agent TEXT NOT NULL,
            epoch INTEGER NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            failure_class TEXT NOT NULL DEFAULT 'NONE',
            failure_message TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL DEFAULT '',
            finished_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(run_id, cell_id))""",
          """
          CREATE TABLE cell_artifacts(
            run_id TEXT NOT NULL,
            cell_id TEXT NOT NULL,
            role TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY(run_id, cell_id, role),
            FOREIGN KEY(run_id, cell_id) REFERENCES cells(run_id, cell_id))""",
          """
          CREATE TABLE llm_calls(
            run_id TEXT NOT NULL,
            cell_id TEXT NOT NULL,
            attempt INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            step TEXT NOT NULL,
            prompt_sha256 TEXT NOT NULL,
            response_sha256 TEXT NOT NULL,
            input_tokens INTEGER NOT NULL,
            cached_input_tokens INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            reasoning_tokens INTEGER NOT NULL,
            cost_usd TEXT,
            from_cache INTEGER NOT NULL,
            finish_reason TEXT NOT NULL,
            truncated INTEGER NOT NULL,
            latency_ms INTEGER NOT NULL,
            PRIMARY KEY(run_id, cell_id, attempt, seq),
            FOREIGN KEY(run_id, cell_id) REFERENCES cells(run_id, cell_id))""",
          """
          CREATE TABLE scoring_versions(
            run_id TEXT NOT NULL REFERENCES runs(run_id),
            version INTEGER NOT NULL,
            profile TEXT NOT NULL,
            created_at TEXT NOT NULL,
            note TEXT NOT NULL,
            PRIMARY KEY(run_id, version))""",
          """
          CREATE TABLE scorings(
            run_id TEXT NOT NULL,
            cell_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            result_sha256 TEXT NOT NULL,
            overall REAL NOT NULL,
            verdict TEXT NOT NULL,
            PRIMARY KEY(run_id, cell_id, version),
            FOREIGN KEY(run_id, version) REFERENCES scoring_versions(run_id, version))""",
          """
          CREATE TABLE phases(
            run_id TEXT NOT NULL, cell_id TEXT NOT NULL, version INTEGER NOT NULL,
            phase TEXT NOT NULL,
            verdict TEXT NOT NULL,
            score REAL NOT NULL,
            summary TEXT NOT NULL,
            PRIMARY KEY(run_id, cell_id, version, phase))""",
          """
          CREATE TABLE findings(
            run_id TEXT NOT NULL, cell_id TEXT NOT NULL, version INTEGER NOT NULL,
            phase TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            lost_points INTEGER NOT NULL,
            message TEXT NOT NULL,
            location TEXT NOT NULL,
            PRIMARY KEY(run_id, cell_id, version, phase, seq))""",
          """
          CREATE TABLE trace_results(
            run_id TEXT NOT NULL, cell_id TEXT NOT NULL, version INTEGER NOT NULL,
            trace TEXT NOT NULL,
            outcome TEXT NOT NULL,
            events INTEGER NOT NULL,
            matched INTEGER NOT NULL,
            first_unexplained TEXT NOT NULL,
            PRIMARY KEY(run_id, cell_id, version, trace))""",
          """
          CREATE TABLE invariant_results(
            run_id TEXT NOT NULL, cell_id TEXT NOT NULL, version INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            trace_length INTEGER NOT NULL,
            PRIMARY KEY(run_id, cell_id, version, name))""",
          "CREATE INDEX cells_by_status ON cells(run_id, status)",
          "CREATE INDEX findings_by_kind ON findings(kind)")));

  static final int LATEST = ALL.get(ALL.size() - 1).version();

  private Migrations() {}

  /** Applies the missing migrations; returns the schema version the database is at afterwards. */
  static int apply(Connection c, Clock clock) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
          + " applied_at TEXT NOT NULL)");
    }
    for (Migration m : ALL) {
      c.setAutoCommit(false);
      try {
        // Re-read inside the (immediate) transaction: another process may have migrated meanwhile.
        int current = currentVersion(c);
        if (current > LATEST) {
          throw new StoreException("the index is at schema version " + current + ", newer than this sysmobench ("
              + LATEST + "); use a newer sysmobench to read it");
        }
        if (m.version() > current) {
          try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) {
              s.execute(sql);
            }
          }
          try (var ps = c.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setString(3, clock.instant().toString());
            ps.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    return currentVersion(c);
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_migrations")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
