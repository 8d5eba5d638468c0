package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under an evaluation's hooks a spec may read its own trace files and nothing else: not a file
 * elsewhere, not through {@code ..}, not through a symbolic link named like an allowed file, not a
 * folder. Real TLC in the real worker pool; the secret's content must never reach the result.
 */
@Tag("tlc")
class ReadSandboxTest {
  @TempDir static Path work;
  static TlcWorkerPool pool;
  static Path dir;
  static Path allowed;
  static final String SECRET = "sk-not-for-your-eyes-0042";

  @BeforeAll
  static void start() throws Exception {
    pool = TlcPoolFixture.pool(1, "256m", work.resolve("pool"));
    dir = Files.createDirectories(work.resolve("eval"));
    allowed = dir.resolve("trace-1.events.ndjson");
    Files.writeString(allowed, "{\"n\":1}\n");
    Path secrets = Files.createDirectories(work.resolve("secrets"));
    Files.writeString(secrets.resolve("keys.json"), "{\"key\":\"" + SECRET + "\"}\n");
    Files.createSymbolicLink(dir.resolve("link.ndjson"), secrets.resolve("keys.json"));
    Files.createDirectories(dir.resolve("folder.json"));
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  /** A job reading {@code path} (as written in the spec) under hooks that allow only {@link #allowed}. */
  static TlcResult read(String path, boolean restricted) throws Exception {
    String name = "Read" + Integer.toHexString(path.hashCode() & 0xfffffff) + (restricted ? "R" : "U");
    Files.writeString(dir.resolve(name + ".tla"), "---- MODULE " + name + " ----\nEXTENDS TraceReader\nVARIABLE x\n"
        + "Init == x = NdJsonLines(\"" + path.replace("\\", "\\\\") + "\")\nNext == UNCHANGED x\n====\n");
    Files.writeString(dir.resolve(name + ".cfg"), "INIT Init\nNEXT Next\n");
    JobHooks hooks = restricted ? new JobHooks(JobHooks.freshKey(), Optional.of(List.of(allowed)), List.of())
        : JobHooks.NONE;
    return pool.run(TlcJob.modelCheck(dir.resolve(name + ".tla")).withSeed(1).withHooks(hooks));
  }

  @Test
  void theAllowedFileIsReadByAnyPathThatResolvesToIt() throws Exception {
    assertThat(read(allowed.toString(), true).outcome()).isInstanceOf(TlcOutcome.Ok.class);
    assertThat(read("trace-1.events.ndjson", true).outcome()).isInstanceOf(TlcOutcome.Ok.class);
    assertThat(read("../eval/trace-1.events.ndjson", true).outcome()).isInstanceOf(TlcOutcome.Ok.class);
  }

  @Test
  void everythingElseIsRefusedAndNothingOfItLeaks() throws Exception {
    for (String path : List.of(work.resolve("secrets/keys.json").toString(), "../secrets/keys.json", "link.ndjson",
        "folder.json", "/etc/passwd", "/etc/hostname.json")) {
      TlcResult r = read(path, true);
      assertThat(r.outcome()).as(path).isInstanceOf(TlcOutcome.EvaluationError.class);
      assertThat(r.toolOutput()).as(path).doesNotContain(SECRET).doesNotContain("root:");
      assertThat(new TlcResultJson().toPrettyString(r)).as(path).doesNotContain(SECRET);
    }
  }

  @Test
  void withoutRestrictionAUsersOwnSpecReadsWhatItNames() throws Exception {
    // `sysmobench check` on a user's own spec: no evaluation, no allow-list.
    assertThat(read("../secrets/keys.json", false).outcome()).isInstanceOf(TlcOutcome.Ok.class);
  }
}
