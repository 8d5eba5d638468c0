package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;

/**
 * {@code sysmobench bench eval} end to end on a real task: the warm engine and the one-JVM-per-call
 * baseline both run, and the baseline replays every TLC call the original would make. Asserts what
 * the bench reports, never how fast it is (timings are for the bench to print, not for tests to judge).
 */
@Tag("tlc")
class BenchEvalCommandTest {
  @Test
  void reportsTheEngineAndTheOriginalsWayOfRunningTheSameChecks() {
    CommandOutput run = CommandOutput.run("bench", "eval", "--task", "jdk-reentrantlock", "--runs", "1");
    String out = run.out();
    assertThat(run.exit()).as(out + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(out).contains("overall score 1.00").contains("speed-up:");
    // The original: simulation, the runtime search, one run per recorded trace, one per template.
    Matcher tlc = Pattern.compile("\\((\\d+) TLC processes\\)").matcher(out);
    assertThat(tlc.find()).as(out).isTrue();
    Task task = TaskCatalog.discover().load(TaskId.of("jdk-reentrantlock"));
    long traces = task.traces().scoringFiles().size();
    assertThat(Long.parseLong(tlc.group(1))).isEqualTo(2 + traces + task.invariants().size());
  }
}
