package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sysmobench parse} end to end, with the real SANY. */
class ParseCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run parse(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "parse";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = cli.execute(all);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void goodSpecPrintsASummaryAndExitsZero() throws Exception {
    Path spec = dir.resolve("Lock.tla");
    Files.writeString(spec, """
        ---- MODULE Lock ----
        CONSTANT Procs
        VARIABLES holder, waiting
        Init == holder = {} /\\ waiting = {}
        Acquire(p) == holder = {} /\\ holder' = {p} /\\ UNCHANGED waiting
        ====
        """);

    Run r = parse(spec.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("OK: module Lock, 2 definitions, constants Procs, variables holder, waiting\n");
  }

  @Test
  void errorsArePrintedLikeACompilerWithACaret() throws Exception {
    Path spec = dir.resolve("Bad.tla");
    Files.writeString(spec, """
        ---- MODULE Bad ----
        VARIABLE x
        Init ≜ x = 0 ∧ y = 1
        ====
        """);

    Run r = parse(spec.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.FAIL);
    assertThat(r.out()).isEqualTo(String.join("\n",
        "note: rewrote Unicode symbols to ASCII before parsing: ≜ ∧",
        spec + ":3:16: semantic error: Unknown operator: `y'.",
        "    Init ≜ x = 0 ∧ y = 1",
        "                   ^",
        "FAILED: module Bad, 1 error",
        ""));
  }

  @Test
  void markdownAroundTheModuleIsCutAndSaid() throws Exception {
    Path spec = dir.resolve("Fenced.tla");
    Files.writeString(spec, "Here you go:\n```tla\n---- MODULE Fenced ----\nx == y\n====\n```\n");

    Run r = parse(spec.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.FAIL);
    assertThat(r.out()).contains("note: removed 1 markdown fence and 1 line of other text before the module header")
        .contains(spec + ":4:6: semantic error: Unknown operator: `y'.")
        .doesNotContain("text outside module");
  }

  @Test
  void jsonOutputCarriesDiagnosticsAndDefinitions() throws Exception {
    Path spec = dir.resolve("P.tla");
    Files.writeString(spec, "---- MODULE P ----\nx == (1 +\n====\n");

    Run r = parse("--json", spec.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.FAIL);
    assertThat(r.out()).contains("\"ok\" : false").contains("\"kind\" : \"PARSE\"").contains("\"line\" : 3");
  }

  @Test
  void missingFileAndMissingArgumentExitTwo() {
    assertThat(parse(dir.resolve("Nope.tla").toString()))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("error: no such file"));
    assertThat(parse().exit()).isEqualTo(2);
  }
}
