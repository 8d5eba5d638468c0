package org.sysmobench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void mergeFollowsThePriorityTable() {
    assertThat(Verdict.PASS.merge(Verdict.INCOMPLETE)).isEqualTo(Verdict.INCOMPLETE);
    assertThat(Verdict.INCOMPLETE.merge(Verdict.FAIL)).isEqualTo(Verdict.FAIL);
    assertThat(Verdict.FAIL.merge(Verdict.HARNESS_ERROR)).isEqualTo(Verdict.HARNESS_ERROR);
    assertThat(Verdict.SKIPPED.merge(Verdict.PASS)).isEqualTo(Verdict.SKIPPED);
    assertThat(Verdict.PASS.merge(Verdict.PASS)).isEqualTo(Verdict.PASS);
  }
}
