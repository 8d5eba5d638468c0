package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.RunStore;

/**
 * The reliability report replayed with real processes: the CLI killed with SIGKILL and SIGTERM while TLC
 * works, a second writer on a live run, an unwritable temp folder, a full disk, and the texts a user
 * sees. Each case used to leave a process or folder behind, run twice, or print a stack trace.
 */
@Tag("tlc")
class ReliabilityTest {
  static final Path TASKS = Path.of("../check/src/test/resources/tasks").toAbsolutePath().normalize();
  static final Path TOY = TASKS.resolve("toy-lock");

  @TempDir Path dir;

  @Test
  void killingTheCliWithSigkillEndsItsWorkersAndTheirFolders() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Process cli = CliProcess.start(dir.resolve("logs"), List.of("-Djava.io.tmpdir=" + tmp), "check",
        stuckSpec().toString(), "--budget", "time=600s");
    List<ProcessHandle> workers = awaitJob(cli, tmp);
    cli.destroyForcibly(); // kill -9: no shutdown hook, no close, nothing runs in the CLI any more
    assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(cli.exitValue()).isEqualTo(137);
    // The worker notices its host is gone and ends itself, deleting the pool's folder.
    awaitTrue("the orphaned worker ends", () -> workers.stream().noneMatch(ProcessHandle::isAlive));
    awaitTrue("the pool folder is deleted", () -> entries(tmp).isEmpty());
  }

  @Test
  void stoppingTheCliWithSigtermEndsItsWorkersAndDeletesItsFolders() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path slow = Files.createDirectories(dir.resolve("slow")).resolve("ToyLock.tla");
    Files.writeString(slow, Files.readString(TOY.resolve("reference/ToyLock.tla"))
        .replace("Init == holds", "Init == (\\A n \\in 1..2000000000 : n # 0) /\\ holds"));
    Process cli = CliProcess.start(dir.resolve("logs"), List.of("-Djava.io.tmpdir=" + tmp, "-Dsysmobench.home="
        + home()), "eval", "--task", "toy-lock", "--spec", slow.toString());
    List<ProcessHandle> workers = awaitJob(cli, tmp);
    assertThat(entries(tmp)).anyMatch(n -> n.startsWith("sysmobench-eval-p" + cli.pid() + "-"));
    cli.destroy(); // SIGTERM
    assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(cli.exitValue()).isEqualTo(143);
    awaitTrue("the workers end", () -> workers.stream().noneMatch(ProcessHandle::isAlive));
    assertThat(entries(tmp)).as("temp folders left in " + tmp).isEmpty();
  }

  @Test
  void aSecondResumeOfALiveRunIsRefusedNamingThePidAndHost() throws Exception {
    Path results = dir.resolve("results");
    RunId run = RunId.of("live");
    Process first = CliProcess.start(dir.resolve("first"), List.of(), "run", "--systems", TASKS.toString(), "--tasks",
        "toy-lock", "--models", "reference,mutant:no-exclusion,mutant:release-keeps-lock,mutant:weak-fairness",
        "--agents", "verbatim", "--epochs", "1", "--max-tlc-jobs", "1", "--max-llm-concurrency", "1", "--results",
        results.toString(), "--run-id", run.value());
    try {
      awaitTrue("the first run holds its lock",
          () -> Files.exists(results.resolve("runs/live/writer.json")) || !first.isAlive());
      assertThat(first.isAlive()).as("the first run still runs").isTrue();
      CliProcess.Result second = CliProcess.run(dir.resolve("second"), List.of(), "run", "--resume", run.value(),
          "--systems", TASKS.toString(), "--results", results.toString());
      assertThat(second.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(second.errLines()).singleElement().satisfies(l -> assertThat(l)
          .contains("run live is being written by another process: pid " + first.pid() + " on host "));
      assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(first.exitValue()).as(Files.readString(dir.resolve("first/err.txt"))).isZero();
    } finally {
      first.destroyForcibly();
    }
    try (RunStore store = RunStore.open(results, Clock.systemUTC())) {
      // every cell scored once: the second process scored nothing
      assertThat(store.cells(run)).hasSize(4).allSatisfy(c -> {
        assertThat(c.status()).isEqualTo(CellStatus.DONE);
        assertThat(c.attempts()).isEqualTo(1);
      });
    }
    CliProcess.Result after = CliProcess.run(dir.resolve("after"), List.of(), "run", "--resume", run.value(),
        "--systems", TASKS.toString(), "--results", results.toString());
    assertThat(after.exit()).as("the lock is free once the writer ended").isZero();
  }

  @Test
  void anUnwritableTempFolderIsOneLineNamingItAndTheCause() throws Exception {
    try (ReadOnlyFolder ro = ReadOnlyFolder.make(dir.resolve("read-only-tmp"))) {
      for (List<String> args : List.of(List.of("check", TOY.resolve("reference/ToyLock.tla").toString()),
          List.of("eval", "--task", "toy-lock", "--spec", TOY.resolve("reference/ToyLock.tla").toString()))) {
        CliProcess.Result r = CliProcess.run(dir.resolve("logs-" + args.get(0)), List.of("-Djava.io.tmpdir=" + ro.path(),
            "-Dsysmobench.home=" + home()), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.HARNESS_ERROR);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
            .startsWith("sysmobench " + args.get(0) + ": cannot create a temp folder in " + ro.path() + ": ")
            .doesNotContain("Exception"));
        List<String> debug = new java.util.ArrayList<>(args);
        debug.add("--debug");
        CliProcess.Result traced = CliProcess.run(dir.resolve("debug-" + args.get(0)), List.of("-Djava.io.tmpdir="
            + ro.path(), "-Dsysmobench.home=" + home()), debug.toArray(String[]::new));
        assertThat(traced.err()).contains("java.io.UncheckedIOException", "\tat org.sysmobench.");
      }
    }
  }

  @Test
  void aFullDiskStopsTheRunWithThePathAndTheCauseAndTheRunResumesOnceThereIsRoom() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("disk"));
    Path results = disk.resolve("results");
    String run = String.join(" ", quoted(CliProcess.command(List.of(), List.of("run", "--systems",
        TASKS.toString(), "--tasks", "toy-lock", "--models", "reference,mutant:no-exclusion", "--agents", "verbatim",
        "--results", results.toString(), "--run-id", "full"))));
    String resume = String.join(" ", quoted(CliProcess.command(List.of(), List.of("run", "--resume", "full",
        "--systems", TASKS.toString(), "--results", results.toString()))));
    // 300 KB: the store is created, and the disk fills up during the run.
    String script = "mount -t tmpfs -o size=300k tmpfs '" + disk + "' || exit 99\n"
        + run + " >'" + dir.resolve("full.out") + "' 2>'" + dir.resolve("full.err") + "'\n"
        + "echo \"full=$?\"\n"
        + "mount -o remount,size=8m '" + disk + "'\n"
        + resume + " >'" + dir.resolve("resume.out") + "' 2>'" + dir.resolve("resume.err") + "'\n"
        + "echo \"resume=$?\"\n";
    Process p = privateMountNamespace(script).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("full.err"));
    assertThat(out).as(err).contains("full=30");
    List<String> lines = err.lines().filter(l -> !l.startsWith("[full]") && !l.startsWith("run: no --")).toList();
    assertThat(lines).as(err).singleElement().satisfies(l -> assertThat(l)
        .startsWith("run: cannot write ").contains(results.toString()).containsAnyOf("No space left on device",
            "database or disk is full").doesNotContain("no transaction is active", "Exception"));
    assertThat(out).as(Files.readString(dir.resolve("resume.err"))).contains("resume=0");
    assertThat(Files.readString(dir.resolve("resume.out"))).contains("run full: finished (2/2 cells scored)");
  }

  @Test
  void theReferencesLostPointsAreNamedDownToTheTraceFileAndLine() throws Exception {
    Path home = copyOfToyLock();
    Path trace = home.resolve("systems/toy-lock/traces/handover.ndjson");
    List<String> lines = Files.readAllLines(trace);
    // the fifth line (event seq 4) now claims t2 acquired while t1 still holds the lock
    lines.set(4, lines.get(4).replace("\"event\":\"Release\",\"args\":{\"t\":\"t1\"}",
        "\"event\":\"Acquire\",\"args\":{\"t\":\"t2\"}"));
    Files.write(trace, lines);
    // Only the reference matters here; its mutants would only make the check longer.
    Path taskFile = home.resolve("systems/toy-lock/task.yaml");
    Files.writeString(taskFile, Files.readString(taskFile).replaceAll("(?ms)^  mutants:\n.*?(?=^\\S)", ""));
    CliProcess.Result r = CliProcess.run(dir.resolve("check"), List.of("-Dsysmobench.home=" + home), "task", "check",
        "toy-lock");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAIL);
    assertThat(r.out()).contains("FAIL reference").contains("    conformance: " + trace + ":5: the spec explains 3 of");
  }

  @Test
  void anErrorInsideOurTraceReaderReachesTheScorecardWithItsValueAndPlace() throws Exception {
    Path traces = Files.createDirectories(dir.resolve("traces"));
    List<String> lines = Files.readAllLines(TOY.resolve("traces/handover.ndjson"));
    lines.set(2, lines.get(2).replace("\"args\":{\"t\":\"t1\"}", "\"args\":{\"t\":9007199254740993}"));
    Files.write(traces.resolve("handover.ndjson"), lines);
    CliProcess.Result r = CliProcess.run(dir.resolve("eval"), List.of("-Dsysmobench.home=" + home()), "eval", "--task",
        "toy-lock", "--spec", TOY.resolve("reference/ToyLock.tla").toString(), "--traces", traces.toString(),
        "--phases", "syntax,conformance");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("line 2: field $.args.t", "the number 9007199254740993 does not fit TLC's 32-bit"
        + " integers").doesNotContain("evaluation error:  at");
  }

  @Test
  void aJsonResultIntoAFolderThatDoesNotExistYetIsWritten() throws Exception {
    Path json = dir.resolve("not/yet/there/result.json");
    CliProcess.Result r = CliProcess.run(dir.resolve("eval-json"), List.of("-Dsysmobench.home=" + home()), "eval",
        "--task", "toy-lock", "--spec", TOY.resolve("reference/ToyLock.tla").toString(), "--phases", "syntax",
        "--json", json.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Result written to " + json);
    assertThat(Files.readString(json)).contains("sysmobench-eval").contains("SYNTAX");
  }

  // ------------------------------------------------------------------ helpers

  private Path home() throws Exception {
    Path home = dir.resolve("home");
    if (!Files.exists(home.resolve("systems"))) {
      Files.createDirectories(home);
      Files.createSymbolicLink(home.resolve("systems"), TASKS);
    }
    return home;
  }

  private Path copyOfToyLock() throws Exception {
    Path home = dir.resolve("home-copy");
    Path target = home.resolve("systems/toy-lock");
    try (Stream<Path> files = Files.walk(TOY)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(TOY.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return home;
  }

  private Path stuckSpec() throws Exception {
    Path d = Files.createDirectories(dir.resolve("stuck"));
    Files.writeString(d.resolve("Stuck.tla"), String.join("\n", "---- MODULE Stuck ----", "EXTENDS Naturals",
        "VARIABLES x", "Init == x = 0 /\\ \\A n \\in 1..2000000000 : n # 0", "Next == UNCHANGED x", "===="));
    Files.writeString(d.resolve("Stuck.cfg"), "INIT Init\nNEXT Next\n");
    return d.resolve("Stuck.tla");
  }

  /** Waits until the CLI's worker runs a job (its folder exists); returns the CLI's worker processes. */
  private static List<ProcessHandle> awaitJob(Process cli, Path tmp) throws Exception {
    awaitTrue("a TLC job runs", () -> {
      if (!cli.isAlive()) {
        throw new AssertionError("the CLI ended early");
      }
      return entries(tmp).stream().filter(n -> n.startsWith("sysmobench-tlc-p" + cli.pid() + "-"))
          .anyMatch(n -> entries(tmp.resolve(n)).stream().anyMatch(j -> j.startsWith("job-")));
    });
    List<ProcessHandle> workers = cli.descendants().toList();
    assertThat(workers).isNotEmpty();
    return workers;
  }

  private static List<String> entries(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toList());
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as(what).isBefore(deadline);
      Thread.sleep(100);
    }
  }

  private static List<String> quoted(List<String> words) {
    return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
  }

  private static ProcessBuilder privateMountNamespace(String script) throws Exception {
    Process probe = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
    probe.getInputStream().readAllBytes();
    Assumptions.assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "this machine gives no private mount namespace (unshare -rm), so no real full disk can be made");
    return new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true);
  }
}
