package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.sysmobench.trace.TraceRecorder;

class ZooKeeperTraceRecorderTest {
  @Test
  void isFoundByTheServiceLoaderUnderItsTaskId() {
    assertThat(ServiceLoader.load(TraceRecorder.class).stream().map(ServiceLoader.Provider::get))
        .anySatisfy(r -> {
          assertThat(r).isInstanceOf(ZooKeeperTraceRecorder.class);
          assertThat(r.taskId()).isEqualTo("zookeeper-fle");
        });
  }
}
