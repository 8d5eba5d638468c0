package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text of an error raised while TLC evaluates (by our Java operators or TLC's own) reaches the
 * outcome with the value and the position. TLC frames such errors as a general error 1000 whose body is
 * another framed message; reading only the outer frame gave "evaluation error:  at Module:8:15".
 */
@Tag("tlc")
class OperatorErrorTextTest {
  @TempDir static Path work;
  static TlcWorkerPool pool;

  @BeforeAll
  static void start() {
    pool = TlcPoolFixture.pool(1, "256m", work);
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  @Test
  void aTraceNumberBeyondTlcIntegersNamesTheFileLineFieldAndValue() throws IOException {
    Path dir = Files.createDirectories(work.resolve("big"));
    Files.writeString(dir.resolve("trace.ndjson"), "{\"seq\":1}\n{\"seq\":2,\"args\":{\"n\":9007199254740993}}\n");
    TlcOutcome.EvaluationError e = evaluationError(dir, "x = NdJsonLines(\"trace.ndjson\")");
    assertThat(e.message()).contains("trace.ndjson line 2", "field $.args.n", "9007199254740993",
        "does not fit TLC's 32-bit integers");
    assertThat(e.locations()).contains(new SourceLocation("Op", 4, 13, 4, 39));
  }

  @Test
  void anErrorOfOurOperatorsKeepsItsText() throws IOException {
    TlcOutcome.EvaluationError e = evaluationError(work.resolve("max"), "x = Max({})");
    assertThat(e.message()).isEqualTo("Max of the empty set is undefined");
    assertThat(e.locations()).contains(new SourceLocation("Op", 4, 13, 4, 19));
  }

  @Test
  void errorsOfTlcsOwnOperatorsInTheInitialStateKeepTheirText() throws IOException {
    TlcOutcome.EvaluationError record = evaluationError(work.resolve("rec"), "x = [a |-> 1] + 1");
    assertThat(record.message()).contains("Cannot cast tlc2.value.impl.RecordValue to tlc2.value.impl.IntValue");
    assertThat(record.locations()).isNotEmpty();
    TlcOutcome.EvaluationError powerSet = evaluationError(work.resolve("subset"), "x = SUBSET SUBSET (1..40)");
    assertThat(powerSet.message()).contains("Overflow when computing the number of elements in", "SUBSET SUBSET 1..40");
    TlcOutcome.EvaluationError div = evaluationError(work.resolve("div"), "x = 1 \\div 0");
    assertThat(div.message()).isEqualTo("The second argument of \\div is 0.");
    assertThat(div.locations()).contains(new SourceLocation("Op", 4, 13, 4, 20));
  }

  private static TlcOutcome.EvaluationError evaluationError(Path dir, String init) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Op.tla"), String.join("\n", "---- MODULE Op ----",
        "EXTENDS Naturals, TraceReader, FiniteSetsExt", "VARIABLE x", "Init == " + init, "Next == UNCHANGED x",
        "===="));
    Files.writeString(dir.resolve("Op.cfg"), "INIT Init\nNEXT Next\n");
    TlcResult r = pool.run(TlcJob.modelCheck(dir.resolve("Op.tla")).withSeed(1));
    assertThat(r.outcome()).as(r.toolOutput()).isInstanceOf(TlcOutcome.EvaluationError.class);
    return (TlcOutcome.EvaluationError) r.outcome();
  }
}
