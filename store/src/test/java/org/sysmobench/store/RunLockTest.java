package org.sysmobench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;

/** One writer per run, with real processes: refused while another lives, free once it is killed. */
class RunLockTest {
  static final RunId RUN = RunId.of("locked-run");

  @TempDir Path dir;

  @Test
  void aSecondWriterIsRefusedWithThePidAndHostOfTheFirstUntilTheFirstIsKilled() throws Exception {
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldRunLock.class.getName(), dir.toString(), RUN.value())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (RunStore store = RunStore.open(dir, SampleRun.CLOCK)) {
      assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine())
          .isEqualTo("locked");
      assertThatThrownBy(() -> store.lockRun(RUN)).isInstanceOfSatisfying(RunLockedException.class, e -> {
        assertThat(e.holder().pid()).isEqualTo(holder.pid());
        assertThat(e.getMessage()).contains("run locked-run is being written by another process: pid " + holder.pid()
            + " on host " + e.holder().host());
        assertThat(e.holder().host()).isNotBlank().isNotEqualTo("an unknown host");
      });
      // kill -9: the operating system releases the lock, whatever the holder file still says
      holder.destroyForcibly();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(store.runFolder(RUN).resolve(RunLock.HOLDER_FILE)).exists();
      try (RunLock mine = store.lockRun(RUN)) {
        assertThat(mine).isNotNull();
        // the same process cannot write the run twice either
        assertThatThrownBy(() -> store.lockRun(RUN)).isInstanceOf(RunLockedException.class)
            .hasMessageContaining("being written by this process: pid " + ProcessHandle.current().pid());
      }
      assertThat(store.runFolder(RUN).resolve(RunLock.HOLDER_FILE)).doesNotExist();
      store.lockRun(RUN).close(); // released on close
    } finally {
      holder.destroyForcibly();
    }
  }
}
