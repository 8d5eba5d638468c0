package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeSpaceTest {
  @Test
  void makesEveryShapeOfTheTasksFinite() {
    assertThat(TypeSpace.bounded("[Threads -> 0..MaxHolds]")).isEqualTo("[Threads -> 0..MaxHolds]");
    assertThat(TypeSpace.bounded("SUBSET Threads")).isEqualTo("SysMoBench_TSubsets(Threads)");
    assertThat(TypeSpace.bounded("[Nodes -> Nat]")).isEqualTo("[Nodes -> SysMoBench_TNat]");
    assertThat(TypeSpace.bounded("Seq(1..MaxItems)")).isEqualTo("SysMoBench_TSeqs(1..MaxItems)");
    assertThat(TypeSpace.bounded("SUBSET [from: Nodes, state: {\"LOOKING\", \"SUBSET\"}, zxid: Nat]"))
        .isEqualTo("SysMoBench_TSubsets([from: Nodes, state: {\"LOOKING\", \"SUBSET\"}, zxid: SysMoBench_TNat])");
    assertThat(TypeSpace.bounded("[Nodes -> SUBSET Nodes]")).isEqualTo("[Nodes -> SysMoBench_TSubsets(Nodes)]");
  }

  @Test
  void boundsNumbersByTheLargestIntegerConstant() {
    assertThat(TypeSpace.bound(Map.of("Threads", "{\"t1\", \"t2\"}", "MaxHolds", "2"))).isEqualTo(2);
    assertThat(TypeSpace.bound(Map.of("Nodes", "{1, 2}"))).isEqualTo(1);
  }
}
