package org.sysmobench.systems.etcd.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.SourceOrigin;

/**
 * The task is sound against real etcd raft: one fresh trace per scenario, recorded now by our driver built
 * offline against etcd 3.5.16 from Debian, is explained by the reference spec, which scores 100% on all
 * four phases (real SANY and TLC), and every mutant loses where the task says it does. This is
 * {@code sysmobench task check etcd-raft --record 4} as a test.
 */
class EtcdRaftTaskTest extends TracedTaskTests {
  @TempDir Path work;

  @Override
  protected String taskId() {
    return "etcd-raft";
  }

  @Test
  void freshTracesOfEveryScenarioAreExplainedByTheReferenceAndMutantsLose() throws Exception {
    Path fresh = work.resolve("fresh");
    EtcdRaftRecorder recorder = new EtcdRaftRecorder(DriverBuild.defaults().withCacheDir(work.resolve("driver")));
    assertThat(recorder.scenarios()).isEqualTo(Scenario.values().length);
    RecordingManifest m = recorder.recordWithManifest(fresh, recorder.scenarios(), SEED);
    assertThat(m.traces()).extracting(t -> t.setup().get("scenario"))
        .containsExactly("initial-election", "leader-crash", "partition-heal", "proposals-under-faults");
    // Every action of the contract happens in the four scenarios together.
    assertThat(m.coverage()).allSatisfy((action, n) -> assertThat(n).as(action).isPositive());
    for (RecordingManifest.TraceEntry t : m.traces()) {
      assertThat(fresh.resolve(EtcdRaftRecorder.RAW).resolve(t.file())).isRegularFile();
    }
    assertSound(task().withTraceFolder(fresh));
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
