package org.sysmobench.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcMode;

/**
 * Writes generated modules and configs into an evaluation's work folder, next to the submitted spec
 * so that {@code EXTENDS}/{@code INSTANCE} of it resolve, and builds the TLC job for them.
 */
public final class WorkFiles {
  private WorkFiles() {}

  /** Writes {@code module}.tla and {@code module}.cfg; returns a model-checking job on that module. */
  public static TlcJob moduleJob(Path workDir, String module, String moduleText, TlcConfig config, TlcBudget budget,
      long seed) {
    Path spec = workDir.resolve(module + ".tla");
    write(spec, moduleText);
    return configJob(spec, module, config, budget, seed);
  }

  /** Writes {@code name}.cfg beside {@code spec}; returns a model-checking job of {@code spec} under it. */
  public static TlcJob configJob(Path spec, String name, TlcConfig config, TlcBudget budget, long seed) {
    Path cfg = spec.resolveSibling(name + ".cfg");
    write(cfg, config.render());
    return new TlcJob(spec, cfg, new TlcMode.ModelCheck(), budget, false, false, seed);
  }

  public static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
