package org.sysmobench.tla.tlc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TLC's command line for a job. Each job gets its own {@code -metadir} (TLC 2.18 names its states
 * folder to the second, so two runs in one folder within a second clash) and runs with one TLC
 * worker thread (parallelism comes from the pool; on 2 cores TLC's own threads bring nothing).
 */
final class TlcCommandLine {
  private TlcCommandLine() {}

  static List<String> args(TlcJob job, Path specFile, Path metaDir) {
    String file = specFile.getFileName().toString();
    String root = file.endsWith(".tla") ? file.substring(0, file.length() - 4) : file;
    List<String> args = new ArrayList<>(List.of("-tool", "-metadir", metaDir.toString(), "-config",
        root + ".cfg", "-workers", "1", "-checkpoint", "0", "-seed", Long.toString(job.seed()),
        // TLC otherwise picks its fingerprint polynomial at random; derive it from the recorded seed so a
        // re-run is the same run (128: the tools ship at least that many polynomials).
        "-fp", Integer.toString(Math.floorMod(job.seed(), 128)),
        // Liveness checked once, on the whole graph: by default TLC also checks the graph explored so
        // far 3 s after the start and then every minute of wall time, so how far the search got by then
        // (the machine's speed) could decide which counterexample it reports.
        "-lncheck", "final"));
    if (job.coverage()) {
      args.addAll(List.of("-coverage", "1"));
    }
    if (!job.checkDeadlock()) {
      args.add("-deadlock"); // surprising but true: the flag DISABLES deadlock checking
    }
    if (job.mode() instanceof TlcMode.Simulate sim) {
      args.addAll(List.of("-simulate", "num=" + sim.behaviours(), "-depth", Integer.toString(sim.depth())));
    }
    args.add(specFile.toString());
    return args;
  }
}
