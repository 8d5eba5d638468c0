/**
 * Trace harness of the {@code zookeeper-fle} task: runs real ZooKeeper 3.9.5 peers and records Fast
 * Leader Election traces with the tracer agent.
 *
 * <p>Two sides. The recording side ({@link org.sysmobench.systems.zookeeper.fle.ZooKeeperRecorder},
 * {@link org.sysmobench.systems.zookeeper.fle.RecorderMain}) runs in the caller's JVM, launches one child
 * JVM per trace under {@code -javaagent}, and writes the traces and a manifest. The system side
 * ({@link org.sysmobench.systems.zookeeper.fle.ScenarioMain} and the ensemble classes) runs inside that
 * child: it starts {@code QuorumPeer}s on 127.0.0.1 with free ports, plays one seeded scenario, and
 * cleans up. The two sides share only the command line and a small JSON result file.
 *
 * <p>May depend on {@code org.sysmobench.trace}, the harness kit ({@code org.sysmobench.systems.kit}: agent
 * jar, child-JVM runner, manifest) and ZooKeeper; never on the tracer's classes (the agent jar is only a
 * file passed to the child JVM), TLA+, LLMs or the CLI.
 */
package org.sysmobench.systems.zookeeper.fle;
