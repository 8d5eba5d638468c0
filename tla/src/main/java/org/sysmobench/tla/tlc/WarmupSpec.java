package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny spec each new worker runs once before real jobs (see {@code WorkerSlot.warmUp}). */
final class WarmupSpec {
  private static final String SPEC = String.join("\n",
      "---- MODULE Warmup ----",
      "EXTENDS Naturals, Sequences, FiniteSets, TLC",
      "VARIABLES x, s",
      "Init == x = 0 /\\ s = <<>>",
      "Next == x < 6 /\\ x' = x + 1 /\\ s' = Append(s, [v |-> x, w |-> {x}])",
      "Inv == Len(s) = x /\\ Cardinality({x}) = 1",
      "Live == <>(x = 6)",
      "Spec == Init /\\ [][Next]_<<x, s>> /\\ WF_<<x, s>>(Next)",
      "====", "");
  private static final String CFG = "SPECIFICATION Spec\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n";

  private WarmupSpec() {}

  static Path write(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("warmup"));
    Path spec = folder.resolve("Warmup.tla");
    if (!Files.exists(spec)) {
      Path tmpSpec = Files.createTempFile(folder, "Warmup", ".tmp");
      Files.writeString(tmpSpec, SPEC, StandardCharsets.UTF_8);
      Path tmpCfg = Files.createTempFile(folder, "Warmup", ".tmp");
      Files.writeString(tmpCfg, CFG, StandardCharsets.UTF_8);
      Files.move(tmpCfg, folder.resolve("Warmup.cfg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmpSpec, spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return spec;
  }
}
