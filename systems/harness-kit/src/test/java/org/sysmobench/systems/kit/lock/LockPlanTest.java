package org.sysmobench.systems.kit.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LockPlanTest {
  private static LockPlan<Integer> plan(long seed) {
    return LockPlan.fromSeed(seed, (rnd, thread) -> List.of(thread, rnd.nextInt(100)));
  }

  @Test
  void theSeedFixesTheThreadsTheModeAndEveryThreadsSteps() {
    assertThat(plan(5)).isEqualTo(plan(5));
    for (long seed = 0; seed < 50; seed++) {
      LockPlan<Integer> p = plan(seed);
      assertThat(p.threads()).hasSizeBetween(2, 3);
      assertThat(p.threads().get(0).name()).isEqualTo("t1");
      assertThat(p.threads().get(1).steps().get(0)).isEqualTo(2);
    }
    assertThat(java.util.stream.LongStream.range(0, 50).mapToObj(LockPlanTest::plan).map(LockPlan::fair).distinct())
        .containsExactlyInAnyOrder(true, false);
  }

  @Test
  void namesItsThreadsAsATlaSet() {
    LockPlan<Integer> p = new LockPlan<>(1, true, List.of(new LockPlan.ThreadScript<>("t1", List.of()),
        new LockPlan.ThreadScript<>("t2", List.of())));
    assertThat(p.threadSetTla()).isEqualTo("{\"t1\", \"t2\"}");
    assertThat(p.threadNames()).containsExactlyInAnyOrder("t1", "t2");
  }
}
