package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What a new user meets first besides {@code run}: {@code doctor} says per task what is missing and how
 * to install it, {@code models} says whether each key is set without ever printing it, and an
 * environment problem is one line, not a stack trace.
 */
class FirstHourCommandsTest {
  @TempDir Path dir;

  private static CommandOutput capture(CommandLine cli, String... args) {
    return CommandOutput.run(cli, args);
  }

  @Test
  void doctorNamesWhatIsMissingPerTaskAndTheCommandThatInstallsIt() throws Exception {
    CommandLine cli = Main.commandLine();
    DoctorCommand doctor = cli.getSubcommands().get("doctor").getCommand();
    doctor.env = Map.of("PATH", Files.createDirectories(dir.resolve("empty-bin")).toString(), "XDG_CACHE_HOME",
        dir.resolve("cache").toString());

    CommandOutput r = capture(cli, "doctor");

    assertThat(r.exit()).isEqualTo(ExitCodes.FAIL);
    String rustSpin = r.out().substring(r.out().indexOf("rust-spin (default benchmark)"));
    assertThat(rustSpin).contains("MISSING  fresh traces: cargo: not on the PATH (install: sudo apt-get install -y cargo"
        + " librust-spin-dev)", "ok       traces: 4 committed");
    String zookeeper = r.out().substring(r.out().indexOf("zookeeper-fle (default benchmark)"));
    assertThat(zookeeper).contains("ok       fresh traces: harness here, needs only the JDK");
    String etcd = r.out().substring(r.out().indexOf("etcd-raft (default benchmark)"));
    assertThat(etcd).contains("MISSING  fresh traces: go: not on the PATH (install: sudo apt-get install -y golang-go"
        + " golang-etcd-server-dev)");
    assertThat(r.out()).contains("ok       JDK ", "the default benchmark (`sysmobench run`) skips etcd-raft, rust-spin here");
  }

  @Test
  void modelsSaysWhetherAKeyIsSetButNeverPrintsItAndShowsWhereRequestsGo() {
    String secret = "sk-SENTINEL-models-0123456789abcdef";
    CommandLine cli = Main.commandLine();
    ModelsCommand models = cli.getSubcommands().get("models").getCommand();
    models.env = Map.of("OPENAI_API_KEY", secret, "OPENAI_BASE_URL", "http://127.0.0.1:4000/v1");

    CommandOutput r = capture(cli, "models");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain(secret).doesNotContain("SENTINEL");
    String gpt = r.out().lines().filter(l -> l.startsWith("gpt-5.5 ")).findFirst().orElseThrow();
    assertThat(gpt).contains("OPENAI_API_KEY set", "5.00 / 0.50 / 30.00", "2026-11-29");
    assertThat(r.out().lines().filter(l -> l.startsWith("claude-opus-5 ")).findFirst().orElseThrow())
        .contains("ANTHROPIC_API_KEY not set");
    assertThat(r.out()).contains("openai (openai-chat): http://127.0.0.1:4000/v1 (from OPENAI_BASE_URL; the catalog says"
        + " https://api.openai.com/v1)");
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("'cargo --version' failed: sudo apt-get install -y cargo",
          new java.io.IOException("No such file or directory"));
    }
  }

  @Test
  void anUnexpectedErrorIsOneLineAndItsStackTraceNeedsDebug() {
    CommandLine plain = Main.commandLine();
    plain.addSubcommand("boom", new Boom());
    CommandOutput r = capture(plain, "boom");
    assertThat(r.exit()).isEqualTo(ExitCodes.HARNESS_ERROR);
    assertThat(r.err().strip()).isEqualTo("sysmobench boom: 'cargo --version' failed: sudo apt-get install -y cargo: No such file"
        + " or directory (--debug shows where)");

    CommandLine debug = Main.commandLine();
    debug.addSubcommand("boom", new Boom());
    CommandOutput d = capture(debug, "boom", "--debug");
    assertThat(d.err()).contains("java.lang.IllegalStateException", "\tat ", "Caused by: java.io.IOException");
  }
}
