package org.sysmobench.tla.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sysmobench.tla.TlaTools;

/**
 * Our library modules under real TLC: each test spec ASSUMEs the expected value of every operator,
 * and TLC reports a false or failing ASSUME with messages 2104/2105 and exit 10. Each spec runs twice:
 * with our Java overrides and without them (the pure TLA+ definitions), which must agree.
 */
@Tag("tlc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryModulesTest {

  @TempDir Path dir;
  private ChildTlc tlc;

  @BeforeAll
  void tools(@TempDir Path cache) {
    tlc = new ChildTlc(TlaTools.resolve(Optional.empty(), cache));
  }

  @ParameterizedTest(name = "{0} overrides={1}")
  @CsvSource({
    "SequencesExtTest, true", "SequencesExtTest, false",
    "FiniteSetsExtTest, true", "FiniteSetsExtTest, false",
    "FunctionsTest, true", "FunctionsTest, false"})
  void everyAssumptionHolds(String module, boolean overrides) throws Exception {
    Path spec = copy(module);
    Files.writeString(dir.resolve(module + ".cfg"), "");

    ChildTlc.Run run = tlc.run(spec, overrides, dir);

    assertThat(run.hasMessage(2104)).as("a false ASSUME:\n%s", run.output()).isFalse();
    assertThat(run.hasMessage(2105)).as("a failing ASSUME:\n%s", run.output()).isFalse();
    assertThat(run.hasMessage(2193)).as("model checking completed:\n%s", run.output()).isTrue();
    assertThat(run.exit()).isZero();
  }

  @Test
  void overridesAreInstalledAndFailLoudly() throws Exception {
    Path spec = dir.resolve("Overflow.tla");
    Files.writeString(spec, """
        ---- MODULE Overflow ----
        EXTENDS Integers, FiniteSetsExt
        ASSUME Sum({2147483647, 1}) = 0
        ASSUME Max({1, 2}) = 3
        ====
        """);
    Files.writeString(dir.resolve("Overflow.cfg"), "");

    ChildTlc.Run run = tlc.run(spec, true, dir);

    assertThat(run.exit()).isEqualTo(10);
    // Only our Java override says this: proof that TLC installed it.
    assertThat(run.output()).contains("Sum overflows TLC's 32-bit integers on {1, 2147483647}");
    assertThat(run.output()).contains("Assumption line 4, col 8 to line 4, col 22 of module Overflow is false");
  }

  private Path copy(String module) throws IOException {
    Path target = dir.resolve(module + ".tla");
    try (InputStream in = getClass().getResourceAsStream("/library/" + module + ".tla")) {
      Files.copy(in, target);
    }
    return target;
  }
}
