package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

@Tag("tlc")
class ToyLockDiscoveryTest {
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Task task = TaskLoader.load(Path.of("src/test/resources/tasks/toy-lock"));
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

  @Test
  void scoresTheSheet() {
    DiscoveryResult r = scorer.score(task, SHEET, new DiscoveryOptions(1, Path.of("/tmp/dsc/work"), true));
    System.out.println(DiscoveryResultJson.write(r));
  }
}
