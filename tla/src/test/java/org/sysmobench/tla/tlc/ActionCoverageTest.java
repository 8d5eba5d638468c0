package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers count coverage per action only (the bridge's {@code tlc2.tool.coverage.CostModelCreator}
 * stands for the tools' own): each action's figures must be exactly those of plain TLC, run here in a
 * child JVM with the tools jar alone, on a spec with every shape of action TLC counts (split over an
 * existential, LET, instantiated module, recursive operator, disjunction, never enabled, an initial
 * predicate with failing choices), in a search and in a seeded simulation.
 */
@Tag("tlc")
class ActionCoverageTest {
  private static final Pattern ACTION_LINE = Pattern.compile(
      "@!@!@STARTMSG (2772|2773):\\d+ @!@!@\\n(<.*>): (\\d+):(\\d+)\\n@!@!@ENDMSG");
  private static final long SEED = 7;

  @TempDir static Path work;
  static TlcWorkerPool pool;

  @BeforeAll
  static void start() {
    pool = TlcPoolFixture.pool(1, "512m", work);
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  @Test
  void searchCountsEachActionAsPlainTlc() throws Exception {
    TlcResult ours = pool.run(Corpus.job("Shapes").withSeed(SEED).withCheckDeadlock(false).withCoverage(true));
    List<ActionCoverage> plain = plainTlc(List.of());

    assertThat(plain).hasSizeGreaterThanOrEqualTo(7); // Init, Move, Settle, Either, Never, Fill, Drain
    assertThat(ours.coverage()).containsExactlyElementsOf(plain);
    assertThat(ours.coverage()).anyMatch(c -> c.action().equals("Never") && c.generated() == 0);
  }

  @Test
  void simulationCountsEachActionAsPlainTlc() throws Exception {
    TlcResult ours = pool.run(Corpus.job("Shapes").withSeed(SEED).withCheckDeadlock(false).withCoverage(true)
        .simulate(30, 12));
    List<ActionCoverage> plain = plainTlc(List.of("-simulate", "num=30", "-depth", "12"));

    assertThat(plain).isNotEmpty();
    assertThat(ours.coverage()).containsExactlyElementsOf(plain);
  }

  /** The per-action coverage lines of plain TLC on Shapes, with the seed and polynomial the pool uses. */
  private static List<ActionCoverage> plainTlc(List<String> mode) throws IOException, InterruptedException {
    Path spec = Corpus.spec("Shapes");
    Path meta = Files.createTempDirectory(work, "plain");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseParallelGC", "-Xmx256m", "-Djava.io.tmpdir=" + meta,
        "-cp", TlcPoolFixture.tools().toolsJar().toString(), "tlc2.TLC", "-tool", "-nowarning", "-workers", "1",
        "-metadir", meta.toString(), "-config", "Shapes.cfg", "-seed", Long.toString(SEED), "-fp",
        Long.toString(Math.floorMod(SEED, 128)), "-coverage", "1", "-deadlock"));
    cmd.addAll(mode);
    cmd.add(spec.toString());
    Process p = new ProcessBuilder(cmd).directory(spec.getParent().toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("plain TLC did not finish");
    }
    List<ActionCoverage> lines = new ArrayList<>();
    Matcher m = ACTION_LINE.matcher(out);
    while (m.find()) {
      lines.add(new ActionCoverage(m.group(2), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
    }
    return lines;
  }
}
