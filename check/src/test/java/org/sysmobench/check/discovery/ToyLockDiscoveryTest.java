package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.result.DiscoveryResult.PropertyResult;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.model.result.DiscoveryResult;

/**
 * The invariants track's scorer end to end on the toy lock, with the real SANY and TLC: one sheet holding
 * a property of every fate, each judged as documented and saying why.
 */
@Tag("tlc")
class ToyLockDiscoveryTest {
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Path TASK = Path.of("src/test/resources/tasks/toy-lock");
  static final Task task = TaskLoader.load(TASK);
  static final DiscoveryScorer scorer = new DiscoveryScorer(kit.engine().sany(), kit.engine().pool());

  static final String SHEET = """
      EXTENDS FiniteSets

      \\* property safety: at most one thread holds the lock
      MutualExclusion == \\A a, b \\in Threads : holds[a] /\\ holds[b] => a = b

      \\* property safety: a waiting thread does not hold the lock
      WaitersHoldNothing == \\A t \\in waiting : ~holds[t]

      \\* property safety: the same as mutual exclusion, said differently
      OneHolder == Cardinality({t \\in Threads : holds[t]}) <= 1

      \\* property safety: every thread holds the lock or does not
      Tautology == \\A t \\in Threads : holds[t] \\/ ~holds[t]

      \\* property safety: the wait set is a set of threads
      WaitSetTyped == waiting \\subseteq Threads

      \\* property safety: nobody ever waits
      NobodyWaits == waiting = {}

      \\* property safety: two holders never leave anybody waiting
      HoldersLeaveNoWaiter == \\A a, b \\in Threads : holds[a] /\\ holds[b] /\\ a # b => waiting = {}

      \\* property liveness: every waiting thread eventually holds the lock
      EventualAcquire == \\A t \\in Threads : (t \\in waiting) ~> holds[t]

      \\* property action: releasing never puts the thread in the wait set
      ReleaseStaysOut == [][\\A t \\in Threads : holds[t] /\\ ~holds'[t] => t \\notin waiting']_<<holds, waiting>>

      \\* property safety: uses a name of the reference, not of the contract
      UsesSpecInternals == vars = vars

      \\* property safety: asks TLC how deep it is
      AsksTlc == TLCGet("level") < 100
      """;

  static DiscoveryResult result;
  static Map<String, PropertyResult> byName;

  @BeforeAll
  static void score() {
    result = scorer.score(task, SHEET, DiscoveryOptions.in(kit.newFolder("toy-discovery")));
    byName = result.properties().stream().collect(Collectors.toMap(PropertyResult::name, p -> p));
  }

  static PropertyResult p(String name) {
    return byName.get(name);
  }

  @Test
  void realSafetyPropertiesScoreAndCoverTheirTemplates() {
    assertThat(result.scored()).as(String.join("; ", result.notes())).isTrue();
    assertThat(p("MutualExclusion").status()).isEqualTo(PropertyStatus.ACCEPTED);
    assertThat(p("MutualExclusion").violatedBy()).containsExactly("lone-waiter-skips-check");
    assertThat(p("MutualExclusion").implies()).containsExactly("MutualExclusion");
    assertThat(p("WaitersHoldNothing").status()).isEqualTo(PropertyStatus.ACCEPTED);
    assertThat(p("WaitersHoldNothing").violatedBy()).containsExactly("acquire-keeps-waiting", "holder-requests-again");
    assertThat(p("WaitersHoldNothing").implies()).containsExactly("WaitersDoNotHold");
  }

  @Test
  void aRestatementEarnsNothing() {
    assertThat(p("OneHolder").status()).isEqualTo(PropertyStatus.RESTATEMENT);
    assertThat(p("OneHolder").reason()).startsWith("restates MutualExclusion");
  }

  @Test
  void aTautologyAndAConsequenceOfTheTypeInvariantEarnNothing() {
    assertThat(p("Tautology").status()).isEqualTo(PropertyStatus.TRIVIAL);
    assertThat(p("Tautology").reason()).contains("every well-typed state");
    assertThat(p("WaitSetTyped").status()).isEqualTo(PropertyStatus.TRIVIAL);
    assertThat(p("WaitSetTyped").reason()).contains("waiting").contains("type invariant");
  }

  @Test
  void aFalsePropertyCosts() {
    assertThat(p("NobodyWaits").status()).isEqualTo(PropertyStatus.UNSOUND);
    assertThat(p("NobodyWaits").reason()).contains("reference").contains("reachable state");
  }

  @Test
  void aPropertyNoHiddenMutantViolatesEarnsNothing() {
    assertThat(p("HoldersLeaveNoWaiter").status()).isEqualTo(PropertyStatus.NOT_DISCRIMINATING);
    assertThat(p("HoldersLeaveNoWaiter").reason()).contains("no hidden mutant violates it (4 checked)");
  }

  @Test
  void aLivenessPropertyThatNeedsTheFairnessScores() {
    // it holds only because Acquire is strongly fair: the mutant without that fairness violates it
    assertThat(p("EventualAcquire").status()).isEqualTo(PropertyStatus.ACCEPTED);
    assertThat(p("EventualAcquire").violatedBy()).containsExactly("no-acquire-fairness");
    assertThat(p("EventualAcquire").implies()).containsExactly("EventualAcquire");
  }

  @Test
  void anActionPropertyIsCheckedOnEveryStep() {
    assertThat(p("ReleaseStaysOut").status()).isEqualTo(PropertyStatus.ACCEPTED);
    assertThat(p("ReleaseStaysOut").violatedBy()).containsExactly("acquire-keeps-waiting", "holder-requests-again");
    // the toy lock has no action template: a discovery no template covers
    assertThat(p("ReleaseStaysOut").uncovered()).isTrue();
  }

  @Test
  void illFormedPropertiesCostAndSayWhy() {
    assertThat(p("UsesSpecInternals").status()).isEqualTo(PropertyStatus.ILL_FORMED);
    assertThat(p("UsesSpecInternals").reason()).contains("Unknown operator").contains("vars");
    assertThat(p("AsksTlc").status()).isEqualTo(PropertyStatus.ILL_FORMED);
    assertThat(p("AsksTlc").reason()).contains("TLCGet");
  }

  @Test
  void theScoreFollowsTheFormula() {
    // 4 accepted, 3 costly (1 unsound, 2 ill-formed); TypeOK is broken by no hidden mutant: 3 templates count
    assertThat(result.tally()).containsEntry("accepted", 4).containsEntry("unsound", 1).containsEntry("ill-formed", 2)
        .containsEntry("trivial", 2).containsEntry("not-discriminating", 1).containsEntry("restatement", 1);
    assertThat(result.templateCount()).isEqualTo(3);
    assertThat(result.precision()).isEqualTo(4.0 / 7);
    assertThat(result.recall()).isEqualTo(1.0);
    assertThat(result.score()).isEqualTo(new DiscoveryScore(4, 3, 3, 3).score());
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.templates()).filteredOn(t -> t.name().equals("TypeOK")).singleElement()
        .satisfies(t -> assertThat(t.violatedByHidden()).isFalse());
  }

  @Test
  void theResultRoundTripsThroughJson() {
    assertThat(DiscoveryResultJson.read(DiscoveryResultJson.write(result))).isEqualTo(result);
  }

  @Test
  void aHundredTrivialPropertiesEarnLessThanThreeRealOnes() {
    StringBuilder padding = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      padding.append("\\* property safety: a tautology\nT").append(i).append(" == \\A t \\in Threads : holds[t] \\/ TRUE\n");
    }
    String real = """
        \\* property safety: at most one holder
        MutualExclusion == \\A a, b \\in Threads : holds[a] /\\ holds[b] => a = b
        \\* property safety: waiters hold nothing
        WaitersHoldNothing == \\A t \\in waiting : ~holds[t]
        \\* property liveness: waiters get the lock
        EventualAcquire == \\A t \\in Threads : (t \\in waiting) ~> holds[t]
        """;
    DiscoveryResult trivial = scorer.score(task, padding.toString(), DiscoveryOptions.in(kit.newFolder("trivial")));
    DiscoveryResult three = scorer.score(task, real, DiscoveryOptions.in(kit.newFolder("three")));
    DiscoveryResult both = scorer.score(task, real + padding, DiscoveryOptions.in(kit.newFolder("both")));
    assertThat(trivial.score()).isZero();
    assertThat(trivial.tally()).containsEntry("trivial", DiscoveryScorer.MAX_PROPERTIES)
        .containsEntry("over-limit", 100 - DiscoveryScorer.MAX_PROPERTIES);
    assertThat(three.score()).isEqualTo(1.0);
    // padding after real properties neither earns nor costs
    assertThat(both.score()).isEqualTo(three.score());
  }

  @Test
  void theLearningChecksShowNeitherMutantsNorScoringTraces() {
    DiscoveryResult learning = scorer.learningChecks(task, SHEET, DiscoveryOptions.in(kit.newFolder("learning")));
    assertThat(learning.mode()).isEqualTo("learning");
    assertThat(learning.score()).isZero();
    assertThat(learning.templates()).isEmpty();
    assertThat(learning.properties()).allSatisfy(r -> assertThat(r.violatedBy()).isEmpty());
    Map<String, PropertyStatus> st = learning.properties().stream()
        .collect(Collectors.toMap(PropertyResult::name, PropertyResult::status));
    // what the reference and the learning data can tell: false and trivial ones; not which ones discriminate
    assertThat(st).containsEntry("NobodyWaits", PropertyStatus.UNSOUND).containsEntry("Tautology", PropertyStatus.TRIVIAL)
        .containsEntry("HoldersLeaveNoWaiter", PropertyStatus.ACCEPTED).containsEntry("OneHolder", PropertyStatus.ACCEPTED);
    assertThat(DiscoveryResultJson.write(learning)).doesNotContain("lone-waiter").doesNotContain("hidden mutant");
  }

  /**
   * Real executions can go where the reference under the task's small constants never does: a third thread
   * waiting while the lock is held. A property true on the reference but false on such a scoring trace costs.
   */
  @Test
  void aPropertyTheReferenceAllowsButATraceViolatesCosts() throws Exception {
    Path copy = kit.newFolder("three-threads").resolve("toy-lock");
    try (var files = java.nio.file.Files.walk(TASK)) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(TASK.relativize(f).toString());
        if (java.nio.file.Files.isDirectory(f)) {
          java.nio.file.Files.createDirectories(to);
        } else {
          java.nio.file.Files.copy(f, to);
        }
      }
    }
    java.nio.file.Files.writeString(copy.resolve("traces/three-threads.ndjson"), """
        {"schema":"sysmobench-trace","version":1,"meta":{"scenario":"three threads","constants":{"Threads":"{\\"t1\\", \\"t2\\", \\"t3\\"}"}}}
        {"seq":1,"node":"t1","event":"Request","args":{"t":"t1"},"state":{"holds":false}}
        {"seq":2,"node":"t1","event":"Acquire","args":{"t":"t1"},"state":{"holds":true}}
        {"seq":3,"node":"t2","event":"Request","args":{"t":"t2"},"state":{"holds":false}}
        {"seq":4,"node":"t3","event":"Request","args":{"t":"t3"},"state":{"holds":false}}
        {"seq":5,"node":"t1","event":"Release","args":{"t":"t1"},"state":{"holds":false}}
        """);
    String sheet = """
        EXTENDS FiniteSets
        \\* property safety: at most one thread holds the lock
        MutualExclusion == \\A a, b \\in Threads : holds[a] /\\ holds[b] => a = b
        \\* property safety: two threads wait together only while the lock is free
        PairWaitsOnFreeLock == Cardinality(waiting) <= 1 \\/ \\A t \\in Threads : ~holds[t]
        """;
    DiscoveryResult r = scorer.score(TaskLoader.load(copy), sheet, DiscoveryOptions.in(kit.newFolder("trace-false")));
    Map<String, PropertyResult> got = r.properties().stream().collect(Collectors.toMap(PropertyResult::name, x -> x));
    assertThat(r.scored()).as(String.join("; ", r.notes())).isTrue();
    assertThat(got.get("MutualExclusion").status()).isEqualTo(PropertyStatus.ACCEPTED);
    // with two threads (the reference's constants) it holds: it fails on the trace alone
    assertThat(got.get("PairWaitsOnFreeLock").status()).isEqualTo(PropertyStatus.UNSOUND);
    assertThat(got.get("PairWaitsOnFreeLock").reason()).startsWith("violated on scoring trace")
        .contains("three-threads");
  }

  @Test
  void aSheetWithoutPropertiesScoresZeroAndSaysWhat() {
    DiscoveryResult r = scorer.score(task, "Some prose and no properties.", DiscoveryOptions.in(kit.newFolder("empty")));
    assertThat(r.scored()).isTrue();
    assertThat(r.score()).isZero();
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.notes().get(0)).contains("proposes no property");
  }
}
