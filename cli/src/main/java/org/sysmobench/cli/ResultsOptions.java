package org.sysmobench.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.sysmobench.store.RunStore;
import picocli.CommandLine.Option;

/** The results folder shared by run, rescore, report and leaderboard. */
final class ResultsOptions {
  @Option(names = "--results", paramLabel = "DIR",
      description = "Results folder: index.sqlite, artifacts/, runs/<id>/manifest.json, llm-cache/ (default: ${DEFAULT-VALUE}).")
  Path results = Path.of("results");

  RunStore open() {
    return RunStore.open(results, Clock.systemUTC());
  }
}
