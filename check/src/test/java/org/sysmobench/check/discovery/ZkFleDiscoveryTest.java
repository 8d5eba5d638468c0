package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResult.PropertyResult;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

/**
 * The invariants track on a distributed task (ZooKeeper's leader election, the real task package and its
 * held-out traces): one sheet with a property of every fate, as {@link ToyLockDiscoveryTest} has for a
 * concurrent one. About five minutes on a loaded 2-core machine (ten searches of the election model and a
 * liveness check per hidden mutant), so it runs only when asked:
 * {@code mvn -pl check test -Dtest=ZkFleDiscoveryTest -Dsysmobench.long=true}.
 */
@Tag("tlc")
@Tag("long")
@EnabledIfSystemProperty(named = "sysmobench.long", matches = "true")
class ZkFleDiscoveryTest {
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Task task = TaskLoader.load(Path.of("..", "systems", "zookeeper-fle"));

  static final String SHEET = """
      \\* property safety: a leading peer decided a vote for itself
      LeaderVotesForItself == \\A i \\in Nodes : state[i] = "LEADING" => vote[i].leader = i
      \\* property safety: a peer leads or does not
      LeadsOrNot == \\A i \\in Nodes : state[i] = "LEADING" \\/ state[i] # "LEADING"
      \\* property safety: rounds are never negative
      RoundsAreNatural == \\A i \\in Nodes : logicalclock[i] >= 0
      \\* property safety: no peer gets past its first round
      OneRound == \\A i \\in Nodes : logicalclock[i] <= 1
      \\* property safety: a peer in round 0 has not decided anything
      RoundZeroLooks == \\A i \\in Nodes : logicalclock[i] = 0 => state[i] = "LOOKING"
      \\* property liveness: eventually some peer leads
      SomeoneLeads == <>(\\E i \\in Nodes : state[i] = "LEADING")
      """;

  static java.util.List<String> covers(PropertyResult p) {
    return java.util.stream.Stream.concat(p.implies().stream(), p.impliedBy().stream()).toList();
  }

  @Test
  void everyFateOnLeaderElection() {
    DiscoveryResult r = new DiscoveryScorer(kit.engine().sany(), kit.engine().pool()).score(task, SHEET,
        DiscoveryOptions.in(kit.newFolder("zk-discovery")));
    Map<String, PropertyResult> p = r.properties().stream().collect(Collectors.toMap(PropertyResult::name, x -> x));
    assertThat(r.scored()).as(String.join("; ", r.notes())).isTrue();
    // a real safety property: the hidden mutant that takes its role from its own proposal breaks it
    assertThat(p.get("LeaderVotesForItself").status()).isEqualTo(PropertyStatus.ACCEPTED);
    assertThat(p.get("LeaderVotesForItself").violatedBy()).contains("role-from-proposal");
    assertThat(covers(p.get("LeaderVotesForItself"))).contains("LeaderVotesForItself");
    // a tautology and a consequence of the contract's shapes earn nothing
    assertThat(p.get("LeadsOrNot").status()).isEqualTo(PropertyStatus.TRIVIAL);
    assertThat(p.get("RoundsAreNatural").status()).isEqualTo(PropertyStatus.TRIVIAL);
    // true of the reference's small model (MaxClock = 1), false on the held-out recordings of real elections
    assertThat(p.get("OneRound").status()).isEqualTo(PropertyStatus.UNSOUND);
    assertThat(p.get("OneRound").reason()).startsWith("violated on scoring traces").contains("leader-crash")
        .doesNotContain("000-", "001-", "002-", "003-");
    // sound and not trivial, but no hidden mutant violates it
    assertThat(p.get("RoundZeroLooks").status()).isEqualTo(PropertyStatus.NOT_DISCRIMINATING);
    // holds only under the reference's fairness; the mutants that never elect a leader violate it
    assertThat(p.get("SomeoneLeads").status()).isEqualTo(PropertyStatus.ACCEPTED);
    assertThat(p.get("SomeoneLeads").violatedBy()).contains("elect-waits-for-others");
    assertThat(covers(p.get("SomeoneLeads"))).contains("EventualLeader");
    assertThat(r.tally()).containsEntry("accepted", 2).containsEntry("trivial", 2).containsEntry("unsound", 1)
        .containsEntry("not-discriminating", 1);
    assertThat(r.precision()).isEqualTo(2.0 / 3);
  }
}
