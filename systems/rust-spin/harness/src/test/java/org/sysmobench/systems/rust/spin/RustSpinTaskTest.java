package org.sysmobench.systems.rust.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.trace.Prerequisite;

/**
 * The task is sound against the real crate: traces recorded now, from our driver built offline against
 * Debian's spin 0.9.5 and run on real threads, show real contention and are explained by the reference
 * spec (100% on every phase, real SANY and TLC), and every mutant loses where the task says it does. The
 * committed traces are checked against the reference too.
 */
class RustSpinTaskTest extends TracedTaskTests {
  @TempDir Path work;

  @Override
  protected String taskId() {
    return "rust-spin";
  }

  @Test
  void freshTracesContendAndTheTaskIsSoundOnThem() throws Exception {
    Path fresh = work.resolve("fresh");
    RustSpinRecorder recorder = new RustSpinRecorder(DriverBuild.defaults().withCacheDir(work.resolve("driver")));
    RecordingManifest m = recorder.recordWithManifest(fresh, 4, SEED);
    assertThat(m.traces()).hasSize(4);
    assertThat(m.coverage()).allSatisfy((action, n) -> assertThat(n).as(action).isPositive());
    assertThat(m.traces().stream().mapToInt(t -> (Integer) t.setup().get("spunWaits")).sum())
        .as("Lock events of threads that spun while others acted").isPositive();
    assertSound(task().withTraceFolder(fresh));
  }

  @Test
  void aMissingCargoIsReportedWithTheInstallCommand() {
    DriverBuild none = new DriverBuild(work.resolve("no-cache"), Path.of("/usr/share/cargo/registry"),
        work.resolve("no-such-cargo").toString());
    assertThatThrownBy(none::binary).isInstanceOf(RecordingFailedException.class)
        .hasMessage("cargo not found: sudo apt-get install -y cargo librust-spin-dev");
  }

  @Test
  void onAPathWithoutCargoThePrerequisitesSayWhatIsMissingAndTheInstallCommand() throws Exception {
    Path emptyBin = Files.createDirectories(work.resolve("empty-bin"));
    RustSpinRecorder recorder = new RustSpinRecorder(new DriverBuild(work.resolve("no-cache"), work.resolve("no-registry"),
        "cargo"));

    List<Prerequisite> p = recorder.prerequisites(Map.of("PATH", emptyBin.toString()));

    assertThat(p).extracting(Prerequisite::name, Prerequisite::present)
        .containsExactly(tuple("cargo", false), tuple("spin 0.9.5 crate", false));
    assertThat(p.get(0).describe()).isEqualTo("cargo: not on the PATH (install: sudo apt-get install -y cargo librust-spin-dev)");
  }

  @Test
  void aCargoOnTheGivenPathIsFound() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path cargo = Files.writeString(bin.resolve("cargo"), "#!/bin/sh\n");
    cargo.toFile().setExecutable(true);
    RustSpinRecorder recorder = new RustSpinRecorder(new DriverBuild(work.resolve("no-cache"), work.resolve("no-registry"),
        "cargo"));

    Prerequisite found = recorder.prerequisites(Map.of("PATH", work.resolve("nothing-here") + ":" + bin)).get(0);

    assertThat(found.present()).isTrue();
    assertThat(found.found()).isEqualTo(cargo.toString());
  }
}
