package org.sysmobench.systems.rust.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Prerequisite;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against the real crate: traces recorded now, from our driver built offline against
 * Debian's spin 0.9.5 and run on real threads, show real contention and are explained by the reference
 * spec (100% on every phase, real SANY and TLC), and every mutant loses where the task says it does. The
 * committed traces are checked against the reference too.
 */
class RustSpinTaskTest extends TracedTaskTests {
  @Override
  protected String taskId() {
    return "rust-spin";
  }

  /** See the task's NOTES.md: the driver reports the contention it saw instead. */
  @Override
  protected String whyNoCodeCoverage() {
    return "the Rust driver is built by whatever cargo is on the PATH, without a profiler runtime and matching llvm-cov";
  }

  /** The driver is built into this test's own cache, so the test never relies on a build left by another. */
  @Override
  protected TraceRecorder recorder() {
    return new RustSpinRecorder(DriverBuild.defaults().withCacheDir(work.resolve("driver")));
  }

  /** Real contention: some waiter spun while others acted. */
  @Override
  protected void checkFresh(TraceRecorder.Recording r, Path fresh) throws Exception {
    String manifest = Files.readString(r.manifest());
    assertThat(manifest).contains("\"spunWaits\"");
    assertThat(java.util.regex.Pattern.compile("\"spunWaits\":([1-9])").matcher(manifest).find())
        .as("Lock events of threads that spun while others acted").isTrue();
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
