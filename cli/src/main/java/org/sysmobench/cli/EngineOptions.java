package org.sysmobench.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the TLA+ tools: which tools jar, how many TLC workers. */
final class EngineOptions {
  @Option(names = "--tla-tools", paramLabel = "JAR",
      description = "Use this tla2tools.jar instead of the default (or set SYSMOBENCH_TLA_TOOLS).")
  Path toolsJar;

  @Option(names = "--workers", paramLabel = "N", description = "TLC worker JVMs (default: ${DEFAULT-VALUE}).")
  int workers = 2;

  @Option(names = "--worker-heap", paramLabel = "SIZE",
      description = "Heap of each TLC worker, the memory budget of every job (default: ${DEFAULT-VALUE}).")
  String heap = "768m";

  /** Most worker JVMs one command may start: each takes a heap of its own. */
  static final int MAX_WORKERS = 64;

  /** Checks the values before any work starts. */
  void validate() {
    OptionChecks.inRange("--workers", workers, 1, MAX_WORKERS);
    heap = OptionChecks.heapSize("--worker-heap", heap);
    if (toolsJar != null) {
      OptionChecks.existingFile("--tla-tools", toolsJar);
    }
  }

  EvalEngine open() {
    validate();
    return EvalEngine.open(Optional.ofNullable(toolsJar),
        TlcPoolConfig.defaults().withWorkers(workers).withHeap(heap));
  }
}
