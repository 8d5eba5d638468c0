package org.sysmobench.systems.kit.nativedriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Prerequisite;

/** The cache folder, the toolchain checks and the driver process, against real processes. */
class NativeDriverKitTest {
  @TempDir Path work;

  @Test
  void theCacheFollowsSysmobenchCacheThenXdgThenHome() {
    assertThat(DriverCache.folder(Map.of("SYSMOBENCH_CACHE", "/c", "XDG_CACHE_HOME", "/x"), "d")).isEqualTo(Path.of("/c/d"));
    assertThat(DriverCache.folder(Map.of("SYSMOBENCH_CACHE", " ", "XDG_CACHE_HOME", "/x"), "d"))
        .isEqualTo(Path.of("/x/sysmobench/d"));
    assertThat(DriverCache.folder(Map.of(), "d")).isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "sysmobench", "d"));
  }

  @Test
  void theFingerprintIsTheSha256PrefixOfThePartsInOrder() {
    // sha256("abc")
    assertThat(DriverCache.fingerprint(List.of("a".getBytes(), "bc".getBytes()))).isEqualTo("ba7816bf8f01cfea");
  }

  @Test
  void aToolIsLookedUpOnTheGivenPathAndAMissingOneSaysHowToInstallIt() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path tool = Files.writeString(bin.resolve("mytool"), "#!/bin/sh\nexit 3\n");
    tool.toFile().setExecutable(true);
    Toolchain t = new Toolchain("mytool", "mytool", "apt-get install mytool");

    assertThat(t.prerequisite(Map.of("PATH", bin.toString())).found()).isEqualTo(tool.toString());
    Prerequisite missing = t.prerequisite(Map.of("PATH", work.resolve("none").toString()));
    assertThat(missing.describe()).isEqualTo("mytool: not on the PATH (install: apt-get install mytool)");

    assertThatThrownBy(() -> new Toolchain("mytool", tool.toString(), "i").requireRunnable(List.of("--version"), "hint"))
        .isInstanceOf(RecordingFailedException.class).hasMessage("'" + tool + " --version' failed: hint");
    assertThatThrownBy(() -> new Toolchain("mytool", work.resolve("absent").toString(), "i").requireRunnable(List.of(), "hint"))
        .isInstanceOf(RecordingFailedException.class).hasMessage("mytool not found: hint");
  }

  @Test
  void aDriverRunGivesItsLinesOrItsFailureWithTheQuotedStderr() throws Exception {
    assertThat(DriverProcess.run(List.of("sh", "-c", "echo one; echo two"), "the driver", 7, Duration.ofSeconds(30), 0))
        .containsExactly("one", "two");
    assertThatThrownBy(() -> DriverProcess.run(List.of("sh", "-c", "printf 'a\\nb\\nc\\n' >&2; exit 4"), "the driver", 7,
        Duration.ofSeconds(30), 2)).isInstanceOf(RecordingFailedException.class)
        .hasMessage("the driver failed (exit 4, seed 7): a\nb");
  }
}
