package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * {@code sysmobench run} in a child JVM, killed with SIGKILL (kill -9) once some cells are done, then
 * {@code sysmobench run --resume}: finished cells are not run again, nothing stored is lost or damaged,
 * and the run completes.
 */
@Tag("tlc")
class RunResumeAfterKillTest {
  static final Path SYSTEMS = Path.of("../check/src/test/resources/tasks").toAbsolutePath().normalize();
  static final RunId RUN = RunId.of("killed");

  @TempDir Path dir;

  /** What a finished cell looked like before the kill. */
  record Finished(int attempts, String finishedAt, Map<String, String> artifacts, int calls) {}

  @Test
  void aRunKilledWithSigkillResumesWithoutRepeatingFinishedCells() throws Exception {
    Path results = dir.resolve("results");
    List<String> args = List.of("run", "--systems", SYSTEMS.toString(), "--tasks", "toy-lock", "--models",
        "reference,mutant:no-exclusion,mutant:release-keeps-lock,mutant:unclosed-paren", "--agents", "verbatim",
        "--epochs", "2", "--max-llm-concurrency", "1", "--max-tlc-jobs", "1", "--results", results.toString(),
        "--run-id", RUN.value());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();

    Map<String, Finished> before = new HashMap<>();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    try {
      while (true) {
        assertThat(child.isAlive()).as("the child finished before it could be killed; see " + dir.resolve("child.log"))
            .isTrue();
        assertThat(Instant.now()).as("no cell finished in time; see " + dir.resolve("child.log")).isBefore(deadline);
        if (results.resolve(RunStore.INDEX_FILE).toFile().exists()) {
          try (RunStore peek = RunStore.open(results, Clock.systemUTC())) {
            if (peek.manifest(RUN).isPresent() && peek.statusCounts(RUN).get(CellStatus.DONE) >= 2) {
              break;
            }
          }
        }
        Thread.sleep(200);
      }
    } finally {
      // kill -9 the CLI and the TLC workers it started, as a crash or an OOM killer would
      List<ProcessHandle> workers = child.descendants().toList();
      child.destroyForcibly();
      workers.forEach(ProcessHandle::destroyForcibly);
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    try (RunStore store = RunStore.open(results, Clock.systemUTC())) {
      assertThat(store.requireRun(RUN).status()).as("a killed run stays started").isEqualTo(RunStatus.STARTED);
      for (CellRecord c : store.cells(RUN)) {
        if (c.status() == CellStatus.DONE) {
          before.put(c.key().id(), new Finished(c.attempts(), c.finishedAt(), c.artifacts(),
              store.llmCalls(RUN, c.key()).size()));
        }
      }
    }
    assertThat(before).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThan(8);

    CommandOutput resumed = CommandOutput.run("run", "--resume", RUN.value(), "--systems", SYSTEMS.toString(),
        "--results", results.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();

    try (RunStore store = RunStore.open(results, Clock.systemUTC())) {
      assertThat(store.requireRun(RUN).status()).isEqualTo(RunStatus.FINISHED);
      assertThat(store.requireRun(RUN).notes()).anySatisfy(n -> assertThat(n).startsWith("resumed at"));
      List<CellRecord> cells = store.cells(RUN);
      assertThat(cells).hasSize(8).allSatisfy(c -> assertThat(c.status()).isEqualTo(CellStatus.DONE));
      for (CellRecord c : cells) {
        Finished f = before.get(c.key().id());
        if (f != null) {
          // untouched: not re-run, not re-scored, no new LLM call
          assertThat(new Finished(c.attempts(), c.finishedAt(), c.artifacts(), store.llmCalls(RUN, c.key()).size()))
              .as(c.key().id()).isEqualTo(f);
        }
        // every artifact is there and matches its hash
        c.artifacts().values().forEach(sha -> store.artifacts().read(sha));
      }
      assertThat(store.scorings(RUN, 1)).hasSize(8);
      assertThat(store.scorings(RUN, 1).stream().filter(s -> s.key().model().value().equals("reference@toy-lock")))
          .allSatisfy(s -> assertThat(s.result().overall()).isEqualTo(1.0));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + results.resolve(RunStore.INDEX_FILE));
        ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
    assertThat(new File(results.resolve("runs").resolve(RUN.value()).toFile(), "manifest.json")).exists();
    try (RunStore store = RunStore.open(results, Clock.systemUTC())) {
      // the run ends with its leaderboard: the report's section, drawn from the stored results, not sliced text
      String board = org.sysmobench.report.Leaderboard.of(org.sysmobench.report.ReportBuilder.build(store,
          List.of(RUN))).toMarkdown();
      assertThat(board).contains("## Leaderboard", "| 1 | reference@toy-lock | — (pseudo-model) |");
      assertThat(resumed.out()).contains(" cells scored) in ", "\n" + board + "\nHTML report: ");
    }

    // the stored run reports, from the store alone
    Path html = dir.resolve("report.html");
    assertThat(Main.run("report", RUN.value(), "--results", results.toString(), "--format", "html", "--out",
        html.toString())).isZero();
    assertThat(java.nio.file.Files.readString(html)).contains("id=\"leaderboard\"", "toy-lock/reference@toy-lock/none/e0");
    Path board = dir.resolve("leaderboard.md");
    assertThat(Main.run("leaderboard", "--results", results.toString(), "--out", board.toString())).isZero();
    assertThat(java.nio.file.Files.readString(board)).contains("| 1 | reference@toy-lock | — (pseudo-model) |");
    Path export = dir.resolve("export.json");
    assertThat(Main.run("report", RUN.value(), "--results", results.toString(), "--format", "export", "--out",
        export.toString())).isZero();
    assertThat(org.sysmobench.store.RunExport.fromJson(java.nio.file.Files.readString(export)).cells()).hasSize(8);
  }
}
