package org.sysmobench.systems.etcd.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.SourceOrigin;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against real etcd raft: one fresh trace per scenario, recorded now by our driver built
 * offline against etcd 3.5.16 from Debian, is explained by the reference spec, which scores 100% on all
 * four phases (real SANY and TLC), and every mutant loses where the task says it does (the body is
 * {@link TracedTaskTests}; this is {@code sysmobench task check etcd-raft --record 4} as a test).
 */
class EtcdRaftTaskTest extends TracedTaskTests {
  @Override
  protected String taskId() {
    return "etcd-raft";
  }

  /** See the task's NOTES.md. */
  @Override
  protected String whyNoCodeCoverage() {
    return "go build -cover needs Go 1.20, and the driver is built by Debian's Go (1.19 on bookworm)";
  }

  /** The driver is built into this test's own cache, so the test never relies on a build left by another. */
  @Override
  protected TraceRecorder recorder() {
    return new EtcdRaftRecorder(DriverBuild.defaults().withCacheDir(work.resolve("driver")));
  }

  /** One fresh trace per scenario, each with its raw driver output kept beside it. */
  @Override
  protected void checkFresh(TraceRecorder.Recording r, Path fresh) throws Exception {
    assertThat(recorder().scenarios()).isEqualTo(Scenario.values().length);
    String manifest = Files.readString(r.manifest());
    for (String scenario : List.of("initial-election", "leader-crash", "partition-heal", "proposals-under-faults")) {
      assertThat(manifest).contains("\"scenario\":\"" + scenario + "\"");
    }
    for (Path t : r.traces()) {
      assertThat(fresh.resolve(EtcdRaftRecorder.RAW).resolve(t.getFileName())).isRegularFile();
    }
  }

  @Test
  void thePinnedSourcesComeFromDebianTrixieAndMatchTheirHashes() throws Exception {
    assertThat(task().sources()).singleElement().isInstanceOfSatisfying(SourceOrigin.Debian.class,
        d -> assertThat(List.of(d.packageName(), d.version(), d.suite()))
            .containsExactly("golang-etcd-server-dev", "3.5.16-4", "trixie"));
    List<SourceFile> files = SourceMaterializer.standard(work.resolve("cache")).materialize(task());
    assertThat(files).hasSize(10);
    assertThat(Files.readString(files.get(0).cached())).contains("func stepLeader(r *raft, m pb.Message) error");
  }

  @Test
  void aMissingGoIsReportedWithTheInstallCommand() {
    DriverBuild none = new DriverBuild(work.resolve("no-cache"), Path.of("/usr/share/gocode/src"),
        work.resolve("no-such-go").toString(), EtcdSources.defaults());
    assertThatThrownBy(none::binary).isInstanceOf(RecordingFailedException.class)
        .hasMessage("go not found: apt-get install golang-go golang-etcd-server-dev");
  }
}
