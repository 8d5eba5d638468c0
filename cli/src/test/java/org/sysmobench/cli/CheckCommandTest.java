package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sysmobench check} with the real TLC: exit codes carry the verdict; nothing is left running. */
@Tag("tlc")
class CheckCommandTest {
  @TempDir Path dir;

  private Path spec(String name, String body, String cfg) throws IOException {
    Path tla = dir.resolve(name + ".tla");
    Files.writeString(tla, "---- MODULE " + name + " ----\nEXTENDS Naturals\nVARIABLES x\n" + body + "\n====\n");
    Files.writeString(dir.resolve(name + ".cfg"), cfg);
    return tla;
  }

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    CommandOutput o = CommandOutput.run(args);
    return new Run(o.exit(), o.out());
  }

  @Test
  void exitCodesCarryTheVerdictAndNoWorkerOutlivesTheCommand() throws Exception {
    Path ok = spec("Ok", "Init == x = 0\nNext == x' = 1 - x\nInv == x \\in {0, 1}", "INIT Init\nNEXT Next\nINVARIANT Inv\n");
    Run pass = run("check", ok.toString(), "--seed", "1");
    assertThat(pass.exit()).isEqualTo(ExitCodes.OK);
    assertThat(pass.out()).contains("PASS").contains("2 distinct");

    Path bad = spec("Bad", "Init == x = 0\nNext == x' = x + 1\nInv == x < 3", "INIT Init\nNEXT Next\nINVARIANT Inv\n");
    Run fail = run("check", bad.toString(), "--json");
    assertThat(fail.exit()).isEqualTo(ExitCodes.FAIL);
    JsonNode json = new ObjectMapper().readTree(fail.out());
    assertThat(json.at("/outcome/invariant").asText()).isEqualTo("Inv");
    assertThat(json.at("/outcome/trace/states").size()).isEqualTo(4);

    Path big = spec("Big", "Init == x = 0\nNext == x' = x + 1", "INIT Init\nNEXT Next\n");
    Run incomplete = run("check", big.toString(), "--budget", "time=20s,states=500");
    assertThat(incomplete.exit()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(incomplete.out()).contains("INCOMPLETE").contains("states budget");

    Path otherCfg = dir.resolve("custom.cfg");
    Files.writeString(otherCfg, "INIT Init\nNEXT Next\nINVARIANT Inv\n");
    assertThat(run("check", ok.toString(), "--config", otherCfg.toString()).exit()).isEqualTo(ExitCodes.OK);
    assertThat(run("check", ok.toString(), "--simulate", "num=3,depth=5,seed=4").out()).contains("seed 4");
    assertThat(run("check", dir.resolve("Missing.tla").toString()).exit()).isEqualTo(2);

    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .noneMatch(n -> n.startsWith("tlc-"));
  }

  /** Unicode TLA+ ({@code ≜ ∧ □}) is checked as parse and eval read it, not refused with a lexical error. */
  @Test
  void unicodeSpecsAreCheckedLikeTheirAsciiSpelling() throws Exception {
    Path tla = dir.resolve("Uni.tla");
    Files.writeString(tla, "---- MODULE Uni ----\nEXTENDS Naturals\nVARIABLES x\nInit ≜ x = 0\n"
        + "Next ≜ x' = 1 - x ∧ x ∈ {0, 1}\nInv ≜ x ≤ 1\nSpec ≜ Init ∧ □[Next]_x\n====\n");
    Files.writeString(dir.resolve("Uni.cfg"), "SPECIFICATION Spec\nINVARIANT Inv\n");

    Run pass = run("check", tla.toString(), "--seed", "1");

    assertThat(pass.exit()).as(pass.out()).isEqualTo(ExitCodes.OK);
    assertThat(pass.out()).contains("PASS").contains("2 distinct");
    assertThat(Files.readString(tla)).as("the file as written is untouched").contains("≜");
  }
}
