package org.sysmobench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a child process in its own mount namespace ({@code unshare}) on a 1 MB tmpfs fills
 * it, then writes to the index. The error names the index file and the cause; it used to say only
 * "index write failed ... cannot commit - no transaction is active".
 */
class FullDiskTest {
  @TempDir Path dir;

  /** {@code sh -c script} in a private mount namespace, or an aborted test where the machine allows none. */
  static ProcessBuilder inPrivateMountNamespace(String script) throws Exception {
    Process probe = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
    probe.getInputStream().readAllBytes();
    Assumptions.assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "this machine gives no private mount namespace (unshare -rm), so no real full disk can be made");
    return new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true);
  }

  @Test
  void aFullDiskIsReportedWithTheIndexPathAndTheCause() throws Exception {
    Path mount = dir.resolve("disk");
    java.nio.file.Files.createDirectories(mount);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = "mount -t tmpfs -o size=1m tmpfs '" + mount + "' && exec '" + java + "' -cp '"
        + System.getProperty("java.class.path") + "' " + WriteOnFullDisk.class.getName() + " '" + mount.resolve("results")
        + "'";
    Process p = inPrivateMountNamespace(script).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> message = out.lines().filter(l -> l.startsWith("MESSAGE ")).toList();
    assertThat(message).as(out).singleElement().satisfies(m -> assertThat(m)
        .contains("cannot write the index " + mount.resolve("results").resolve(RunStore.INDEX_FILE))
        .contains("disk is full")
        .doesNotContain("no transaction is active"));
  }
}
