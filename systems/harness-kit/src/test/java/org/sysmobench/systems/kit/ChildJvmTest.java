package org.sysmobench.systems.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;

/** Runs {@link ChildMain} in real child JVMs under the real agent. */
class ChildJvmTest {
  private static final List<String> SMALL_JVM = List.of("-Xmx64m", "-XX:TieredStopAtLevel=1");

  @TempDir Path dir;

  private ChildJvm childJvm(String instrumentation, Duration timeout) throws Exception {
    Path yaml = dir.resolve(instrumentation);
    WorkFiles.copyResource(ChildJvmTest.class, instrumentation, yaml);
    return new ChildJvm(AgentJar.locate(), yaml, SMALL_JVM, timeout);
  }

  @Test
  void recordsTheChildsEventsWithTheGivenMeta() throws Exception {
    Path raw = dir.resolve("raw.ndjson");
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("seed", "42");
    childJvm("child.yaml", Duration.ofSeconds(60)).run(raw, meta, ChildMain.class.getName(), List.of("work", "3"));

    Trace trace = TraceReader.any().read(raw);
    assertThat(trace.header().meta()).containsEntry("seed", "42");
    assertThat(trace.events()).extracting(TraceEvent::event).containsExactly("Worked", "Worked", "Worked");
  }

  @Test
  void aNonZeroExitFailsWithTheChildsStderr() throws Exception {
    ChildJvm jvm = childJvm("child.yaml", Duration.ofSeconds(60));
    assertThatThrownBy(() -> jvm.run(dir.resolve("raw.ndjson"), Map.of(), ChildMain.class.getName(), List.of("fail")))
        .isInstanceOf(RecordingFailedException.class)
        .hasMessageContaining("exited with 3")
        .hasMessageContaining("the child gives up on purpose");
  }

  @Test
  void aChildOutlivingItsTimeoutIsKilledAndFails() throws Exception {
    ChildJvm jvm = childJvm("child.yaml", Duration.ofSeconds(3));
    long started = System.nanoTime();
    assertThatThrownBy(() -> jvm.run(dir.resolve("raw.ndjson"), Map.of(), ChildMain.class.getName(), List.of("hang")))
        .isInstanceOf(RecordingFailedException.class)
        .hasMessageContaining("did not finish within 3 s");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void tracerProblemsFailACleanExit() throws Exception {
    ChildJvm jvm = childJvm("child-missing-method.yaml", Duration.ofSeconds(60));
    assertThatThrownBy(() -> jvm.run(dir.resolve("raw.ndjson"), Map.of(), ChildMain.class.getName(), List.of("work", "1")))
        .isInstanceOf(RecordingFailedException.class)
        .hasMessageContaining("the tracer reported problems")
        .hasMessageContaining("sysmobench-tracer:");
  }
}
