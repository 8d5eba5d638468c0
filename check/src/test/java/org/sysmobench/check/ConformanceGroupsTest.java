package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.result.PhaseDetails.TraceCheck;
import org.sysmobench.model.result.PhaseDetails.TraceOutcome;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

/**
 * Traces recorded under the same constants replay together in one TLC run, on the toy-lock fixture
 * with the real TLC: each trace still gets its own verdict, and a run that cannot tell them apart
 * hands every trace to a run of its own.
 */
@Tag("tlc")
class ConformanceGroupsTest {
  static final Path TASK = EvaluatorTest.TASK;
  static final TaskTestKit kit = TaskTestKit.shared();

  static String reference() throws IOException {
    return Files.readString(TASK.resolve("reference/ToyLock.tla"));
  }

  static TraceCheck trace(KeptEvaluation e, String name) {
    return e.conformance().traces().stream().filter(t -> t.trace().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void tracesUnderTheSameConstantsReplayInOneRunAndOthersInTheirOwn() throws Exception {
    Path copy = copyOfTask();
    Files.writeString(copy.resolve("traces/three-threads.ndjson"), """
        {"schema":"sysmobench-trace","version":1,"meta":{"constants":{"Threads":"{\\"t1\\", \\"t2\\", \\"t3\\"}"}}}
        {"seq":1,"node":"t3","event":"Request","args":{"t":"t3"},"state":{"holds":false}}
        {"seq":2,"node":"t3","event":"Acquire","args":{"t":"t3"},"state":{"holds":true}}
        """);
    KeptEvaluation e = KeptEvaluation.of(kit, TaskLoader.load(copy), reference(), "ToyLock.tla");
    assertThat(e.conformance().traces()).extracting(TraceCheck::trace)
        .containsExactly("handover.ndjson", "reacquire.ndjson", "three-threads.ndjson");
    assertThat(e.conformance().traces()).allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TraceOutcome.ACCEPTED));
    // handover and reacquire (two threads) in one run; the three-thread trace in its own.
    assertThat(e.workFiles()).contains("SysMoBench_Trace1_2.tla", "SysMoBench_Trace3.tla")
        .doesNotContain("SysMoBench_Trace1.tla", "SysMoBench_Trace2.tla");
  }

  @Test
  void anErrorWhileReplayingOneTraceDoesNotDecideTheOthers() throws Exception {
    String spec = reference().replace("  /\\ holds[t]\n  /\\ holds' = [holds EXCEPT ![t] = FALSE]",
        "  /\\ holds[t]\n  /\\ (t = \"t2\" => 1 \\div 0 = 0)\n  /\\ holds' = [holds EXCEPT ![t] = FALSE]");
    assertThat(spec).contains("1 \\div 0");
    KeptEvaluation e = KeptEvaluation.of(kit, TaskLoader.load(TASK), spec, "ToyLock.tla");
    // handover releases t2 at its last event; reacquire only ever runs t1.
    TraceCheck handover = trace(e, "handover.ndjson");
    assertThat(handover.outcome()).isEqualTo(TraceOutcome.ERROR);
    assertThat(handover.message()).isNotBlank();
    assertThat(trace(e, "reacquire.ndjson").outcome()).isEqualTo(TraceOutcome.ACCEPTED);
    assertThat(e.phase(Phase.CONFORMANCE).score()).isEqualTo(0.5);
    // The joint run stopped at the error; each trace then replayed alone.
    assertThat(e.workFiles()).contains("SysMoBench_Trace1_2.tla", "SysMoBench_Trace1.tla", "SysMoBench_Trace2.tla");
  }

  @Test
  void aSpecKeepingItsOwnCountersInTlcRegistersIsReplayedAsAnyOther() throws Exception {
    String spec = reference().replace("EXTENDS Naturals", "EXTENDS Naturals, TLC")
        .replace("  /\\ waiting' = waiting \\ {t}", "  /\\ waiting' = waiting \\ {t}\n  /\\ TLCSet(1, 1000) /\\ TLCSet(2, 1000)");
    assertThat(spec).contains("TLCSet(1, 1000)");
    KeptEvaluation e = KeptEvaluation.of(kit, TaskLoader.load(TASK), spec, "ToyLock.tla");
    assertThat(e.conformance().traces()).allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TraceOutcome.ACCEPTED));
  }

  private static Path copyOfTask() throws IOException {
    Path copy = kit.newFolder("copy").resolve("toy-lock");
    try (Stream<Path> files = Files.walk(TASK)) {
      for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = copy.resolve(TASK.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return copy;
  }
}
