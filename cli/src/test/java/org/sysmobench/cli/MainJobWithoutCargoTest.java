package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStore;
import picocli.CommandLine;

/**
 * The main job on a machine whose PATH has no cargo (only the JDK and Maven, as a fresh machine): the
 * rust-spin task cannot record its traces, so it is skipped with one line naming what is missing and the
 * command that installs it; the rest of the job completes and the report lists the skipped task. No
 * stack trace.
 */
class MainJobWithoutCargoTest {
  static final String INSTALL = "install: sudo apt-get install -y cargo librust-spin-dev";

  @TempDir Path dir;

  private CommandOutput run(String... args) throws Exception {
    Path emptyBin = Files.createDirectories(dir.resolve("bin-without-cargo"));
    CommandLine cli = Main.commandLine();
    RunCommand run = cli.getSubcommands().get("run").getCommand();
    // a machine without cargo has no rust-spin driver built either (in its cache)
    run.env = Map.of("PATH", emptyBin.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString());
    return CommandOutput.run(cli, args);
  }

  @Test
  void theDefaultBenchmarkIsPlannedWithoutRustSpinAndSaysWhy() throws Exception {
    CommandOutput r = run("run", "--dry-run", "--results", dir.resolve("results").toString());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("run: skipping rust-spin: cannot record its traces here: cargo: not on the PATH")
        .contains(INSTALL).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).contains("skipped: rust-spin: cannot record its traces here: cargo: not on the PATH");
    String tasks = r.out().lines().filter(l -> l.startsWith("  tasks:")).findFirst().orElseThrow();
    assertThat(tasks).contains("jdk-reentrantlock", "zookeeper-fle").doesNotContain("rust-spin").doesNotContain("etcd-raft");
    assertThat(r.err()).as("go is missing too").contains("run: skipping etcd-raft: cannot record its traces here: go: not on the PATH",
        "sudo apt-get install -y golang-go golang-etcd-server-dev");
    String models = r.out().lines().filter(l -> l.startsWith("  models:")).findFirst().orElseThrow();
    assertThat(models).as("rust-spin's own mutants are not planned").doesNotContain("mutant:trylock-fail-spins");
  }

  @Test
  @Tag("system")
  void aRunCompletesWithoutTheTaskAndItsReportListsIt() throws Exception {
    Path results = dir.resolve("results");
    CommandOutput r = run("run", "--tasks", "rust-spin,jdk-reentrantlock", "--models", "reference", "--record", "1",
        "--results", results.toString(), "--run-id", "no-cargo", "--max-tlc-jobs", "1");

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("run: skipping rust-spin: cannot record its traces here: cargo: not on the PATH", INSTALL)
        .doesNotContain("\tat ");
    assertThat(r.out()).contains("## Skipped tasks", "- rust-spin: cannot record its traces here",
        "reference@jdk-reentrantlock");
    try (RunStore store = RunStore.open(results, Clock.systemUTC())) {
      RunManifest m = store.requireRun(RunId.of("no-cargo"));
      assertThat(m.tasks()).containsExactly("jdk-reentrantlock");
      assertThat(m.skippedTasks()).containsOnlyKeys("rust-spin");
      assertThat(store.cells(RunId.of("no-cargo"))).hasSize(1);
      assertThat(Files.readString(store.runFolder(RunId.of("no-cargo")).resolve("report.html")))
          .contains("id=\"skipped-tasks\"", "rust-spin: cannot record its traces here");
    }
  }
}
