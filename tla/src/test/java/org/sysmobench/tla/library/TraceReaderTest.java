package org.sysmobench.tla.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.tla.TlaTools;

/** TraceReader!NdJsonLines and its Java override, under real TLC in a child JVM. */
@Tag("tlc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceReaderTest {

  private static final String SPEC = """
      ---- MODULE Reader ----
      EXTENDS Integers, Sequences, TraceReader
      CONSTANT File
      T == NdJsonLines(File)
      ASSUME Len(T) = 2
      ASSUME T[1] = [event |-> "Start", n |-> -2147483647, big |-> "1099511627776", ok |-> TRUE,
                     tags |-> <<"a", "b\\"q">>, nested |-> [x |-> 5, flag |-> FALSE], empty |-> <<>>]
      ASSUME T[2].event = "Stop" /\\ T[2].n = 2147483647
      ====
      """;

  @TempDir Path dir;
  private Path specDir;
  private Path elsewhere;
  private ChildTlc tlc;

  @BeforeAll
  void tools(@TempDir Path cache) {
    tlc = new ChildTlc(TlaTools.resolve(Optional.empty(), cache));
  }

  @BeforeEach
  void spec() throws Exception {
    specDir = Files.createDirectories(dir.resolve("spec"));
    elsewhere = Files.createDirectories(dir.resolve("cwd"));
    Files.writeString(specDir.resolve("Reader.tla"), SPEC);
  }

  @Test
  void readsRecordsSequencesStringsBooleansAndIntegersRelativeToTheSpecFolder() throws Exception {
    Files.writeString(specDir.resolve("good.ndjson"), """
        {"event":"Start","n":-2147483647,"big":"1099511627776","ok":true,"tags":["a","b\\"q"],"nested":{"x":5,"flag":false},"empty":[]}

        {"n": 2147483647, "event": "Stop"}
        """);

    ChildTlc.Run run = runWith("good.ndjson");

    assertThat(run.hasMessage(2104)).as(run.output()).isFalse();
    assertThat(run.hasMessage(2105)).as(run.output()).isFalse();
    assertThat(run.exit()).as(run.output()).isZero();
  }

  @Test
  void rejectsANumberBeyond32BitsNamingFileLineAndField() throws Exception {
    Files.writeString(specDir.resolve("big.ndjson"), """
        {"event":"Start","n":1}
        {"event":"Big","payload":{"ts":1099511627776}}
        """);

    ChildTlc.Run run = runWith("big.ndjson");

    assertThat(run.exit()).isEqualTo(10);
    assertThat(run.output()).contains("NdJsonLines: " + specDir.resolve("big.ndjson") + " line 2: field $.payload.ts")
        .contains("the number 1099511627776 does not fit TLC's 32-bit integers");
  }

  @Test
  void rejectsACorruptedLineWithItsLineNumber() throws Exception {
    Files.writeString(specDir.resolve("corrupt.ndjson"), """
        {"event":"Start","n":1}
        {"event":"Stop","n":2}
        {"event":"Broken",
        """);

    ChildTlc.Run run = runWith("corrupt.ndjson");

    assertThat(run.exit()).isEqualTo(10);
    assertThat(run.output()).contains(specDir.resolve("corrupt.ndjson") + " line 3: field $ (end of line)");
  }

  @Test
  void rejectsNullsAndFractions() throws Exception {
    Files.writeString(specDir.resolve("null.ndjson"), "{\"event\":\"Start\",\"who\":null}\n");
    Files.writeString(specDir.resolve("float.ndjson"), "{\"event\":\"Start\"}\n{\"t\":[1,2.5]}\n");

    assertThat(runWith("null.ndjson").output()).contains("line 1: field $.who").contains("null is not a TLA+ value");
    assertThat(runWith("float.ndjson").output()).contains("line 2: field $.t[2]")
        .contains("fractional or exponent numbers are not TLC values");
  }

  @Test
  void readsOnlyTraceFiles() throws Exception {
    Files.writeString(specDir.resolve("secret.txt"), "{}\n");

    assertThat(runWith("secret.txt").output()).contains("NdJsonLines reads only *.ndjson, *.jsonl or *.json files");
  }

  @Test
  void withoutTheOverrideFailsWithAClearMessage() throws Exception {
    Files.writeString(specDir.resolve("Reader.cfg"), "CONSTANT File = \"good.ndjson\"\n");

    ChildTlc.Run run = tlc.run(specDir.resolve("Reader.tla"), false, elsewhere);

    assertThat(run.exit()).isEqualTo(10);
    assertThat(run.output()).contains("TraceReader!NdJsonLines needs its Java override");
  }

  private ChildTlc.Run runWith(String file) throws Exception {
    Files.writeString(specDir.resolve("Reader.cfg"), "CONSTANT File = \"" + file + "\"\n");
    // The working directory is elsewhere: the relative name must resolve against the spec's folder.
    return tlc.run(specDir.resolve("Reader.tla"), true, elsewhere);
  }
}
