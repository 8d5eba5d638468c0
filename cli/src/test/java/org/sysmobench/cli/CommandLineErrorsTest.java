package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad command line of the reliability report exits 2 with one plain line naming the option, before
 * any work starts (nothing on stdout: no evaluation ran). They used to print stack traces, exit 1 or 30,
 * accept the value silently, or fail only after the evaluation had run.
 */
class CommandLineErrorsTest {
  static final Path REFERENCE = Path.of("../check/src/test/resources/tasks/toy-lock/reference/ToyLock.tla")
      .toAbsolutePath().normalize();
  static final String TASK = "jdk-reentrantlock";

  @TempDir static Path dir;

  static CommandOutput run(String... args) {
    return CommandOutput.run(args);
  }

  static Stream<Arguments> badCommandLines() throws Exception {
    Path garbage = dir.resolve("Garbage.tla");
    Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
    Path noCfg = dir.resolve("NoCfg.tla");
    Files.writeString(noCfg, "---- MODULE NoCfg ----\n====\n");
    String spec = REFERENCE.toString();
    String results = dir.resolve("results").toString();
    return Stream.of(
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--workers", "0"), "--workers must be between 1 and"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--workers", "-1"), "--workers must be between 1 and"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--worker-heap", "garbage"),
            "--worker-heap must be a size such as 768m"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--phases", "bogus"),
            "unknown phase 'bogus' (use syntax, runtime, conformance, invariants)"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--profile", "bogus"), "unknown profile 'bogus'"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--traces", "/nonexistent"),
            "--traces: no such folder: /nonexistent"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", garbage.toString()), "is not UTF-8 text"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--workers", "abc"), "'abc' is not an int"),
        Arguments.of(List.of("eval", "--task", TASK, "--spec", spec, "--bogus"), "Unknown option: '--bogus'"),
        Arguments.of(List.of("eval", "--spec", spec), "Missing required option: '--task=<task>'"),
        Arguments.of(List.of("traces", "record", "toy-lock", "--count", "-1"), "--count must be between 1 and"),
        Arguments.of(List.of("check", spec, "--budget", "time=100000000000s"), "--budget time must be between 1ms and 30 days"),
        Arguments.of(List.of("check", spec, "--budget", "time=abc"), "--budget time must be a duration"),
        Arguments.of(List.of("check", spec, "--config", dir.resolve("missing.cfg").toString()), "--config: no such file"),
        Arguments.of(List.of("check", noCfg.toString()), "no config: "),
        Arguments.of(List.of("check", spec, "--budget", "memory=garbage"), "--budget memory must be a size"),
        Arguments.of(List.of("check", spec, "--budget", "states=abc"), "--budget states must be a whole number, got 'abc'"),
        Arguments.of(List.of("check", spec, "--budget", "bogus=1"), "unknown --budget key 'bogus'"),
        Arguments.of(List.of("check", spec, "--simulate", "bogus=1"), "unknown --simulate key 'bogus'"),
        Arguments.of(List.of("check", spec, "--simulate", "num=3", "--budget", "states=10"),
            "--budget states= bounds model checking"),
        Arguments.of(List.of("check", spec, "--simulate", "num=0"), "--simulate num must be between 1 and"),
        Arguments.of(List.of("check", spec, "--workers", "0"), "--workers must be between 1 and"),
        Arguments.of(List.of("run", "--record", "-1", "--results", results), "--record must be between 0 and"),
        Arguments.of(List.of("run", "--epochs", "0", "--results", results), "--epochs must be between 1 and"),
        Arguments.of(List.of("run", "--budget-usd", "garbage", "--results", results), "--budget-usd must be an amount"),
        Arguments.of(List.of("run", "--max-tlc-jobs", "0", "--results", results), "--max-tlc-jobs must be between 1"),
        Arguments.of(List.of("run", "--resume", "no-such-run", "--results", results), "no run 'no-such-run'"),
        Arguments.of(List.of("run", "--tasks", TASK, "--models", "reference", "--agents", "repair(", "--dry-run",
            "--results", results), "agent 'repair(': not an agent id (a lower-case name such as basic, or repair(<name>))"),
        Arguments.of(List.of("run", "--tasks", TASK, "--models", "reference", "--agents", "repair(verbatim)",
            "--dry-run", "--results", results), "unknown author 'repair(verbatim)'; known: [basic, "),
        Arguments.of(List.of("generate", "--task", TASK, "--agent", "Basic", "--model", "gpt-5.5"),
            "agent 'Basic': not an agent id"),
        Arguments.of(List.of("generate", "--task", TASK, "--agent", "repair(repair(basic))", "--model", "gpt-5.5"),
            "a repair loop inside a repair loop is not supported"));
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void aBadCommandLineIsOnePlainLineAndExitCode2BeforeAnyWork(List<String> args, String expected) {
    CommandOutput r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().toList()).as("one line").singleElement().satisfies(line -> assertThat(line)
        .matches("(sysmobench )?" + args.get(0) + "\\b.*").contains(expected).doesNotContain("Exception"));
    assertThat(r.out()).as("no work was done").isEmpty();
  }

  @Test
  void anOutputFileInAReadOnlyFolderIsRefusedBeforeTheEvaluation() throws Exception {
    try (ReadOnlyFolder ro = ReadOnlyFolder.make(dir.resolve("read-only"))) {
      CommandOutput r = run("eval", "--task", TASK, "--spec", REFERENCE.toString(), "--json", ro.path().resolve("out.json").toString());
      assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
          .startsWith("sysmobench eval: --json: cannot write in " + ro.path() + ": "));
      assertThat(r.out()).isEmpty();
      CommandOutput folder = run("task", "check", "toy-lock", "--json", ro.path().resolve("sub").toString());
      assertThat(folder.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(folder.err()).startsWith("sysmobench task check: --json: cannot write in ");
    }
  }

  @Test
  void debugShowsTheStackTrace() {
    CommandOutput plain = run("check", REFERENCE.toString(), "--budget", "memory=garbage");
    assertThat(plain.err()).doesNotContain("\tat ");
    CommandOutput debug = run("check", REFERENCE.toString(), "--budget", "memory=garbage", "--debug");
    assertThat(debug.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(debug.err()).contains("--budget memory must be a size", "\tat org.sysmobench.cli.");
  }
}
