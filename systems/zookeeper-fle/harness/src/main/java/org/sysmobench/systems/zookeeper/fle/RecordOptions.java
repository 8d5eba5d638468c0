package org.sysmobench.systems.zookeeper.fle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sysmobench.systems.kit.AgentJar;

/**
 * How traces are recorded.
 *
 * @param nodes peers per ensemble, 3 to 5
 * @param scenarios the scenarios, used in turn: trace i plays {@code scenarios[i % size]}
 * @param timeoutPerTrace a child JVM running longer is killed and the recording fails
 * @param agentJar the tracer agent jar; empty means {@link AgentJar#locate()}
 */
public record RecordOptions(int nodes, List<Scenario> scenarios, Duration timeoutPerTrace, Optional<Path> agentJar) {
  public RecordOptions {
    if (nodes < 3 || nodes > 5) {
      throw new IllegalArgumentException("nodes must be 3 to 5, not " + nodes);
    }
    scenarios = List.copyOf(scenarios);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("at least one scenario is needed");
    }
  }

  /** 3 nodes, every scenario in declaration order, 90 s per trace, the agent jar found on the class path. */
  public static RecordOptions defaults() {
    return new RecordOptions(3, List.of(Scenario.values()), Duration.ofSeconds(90), Optional.empty());
  }

  public RecordOptions withNodes(int n) {
    return new RecordOptions(n, scenarios, timeoutPerTrace, agentJar);
  }

  public RecordOptions withScenarios(List<Scenario> s) {
    return new RecordOptions(nodes, s, timeoutPerTrace, agentJar);
  }

  public RecordOptions withAgentJar(Path jar) {
    return new RecordOptions(nodes, scenarios, timeoutPerTrace, Optional.of(jar));
  }

  public RecordOptions withTimeoutPerTrace(Duration d) {
    return new RecordOptions(nodes, scenarios, d, agentJar);
  }
}
