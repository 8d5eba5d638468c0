package org.sysmobench.runs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.TaskId;
import org.sysmobench.store.RunStore;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/** The toy-lock fixture task of the check module, a runner over it, real SANY and TLC. */
final class ToyLockRig {
  /** Absolute, so a child JVM started from any folder finds it. */
  static final Path SYSTEMS = Path.of("../check/src/test/resources/tasks").toAbsolutePath().normalize();
  static final TaskId TOY_LOCK = TaskId.of("toy-lock");

  private ToyLockRig() {}

  static BenchmarkRunner runner(RunStore store, Path scratch, ModelCatalog catalog, RunListener listener) {
    return runner(store, scratch, catalog, listener, ClientSettings.defaults());
  }

  static BenchmarkRunner runner(RunStore store, Path scratch, ModelCatalog catalog, RunListener listener,
      ClientSettings settings) {
    ModelDirectory models = new ModelDirectory(catalog, Map.of(), settings);
    return new BenchmarkRunner(store, TaskSource.of(new TaskCatalog(SYSTEMS)), models, AuthorDirectory.standard(),
        engines(scratch), SourceMaterializer.standard(scratch.resolve("sources")), listener, Clock.systemUTC(),
        Map.of("java", System.getProperty("java.version")));
  }

  static BenchmarkRunner runner(RunStore store, Path scratch, RunListener listener) {
    return runner(store, scratch, ModelCatalog.loadDefault(), listener);
  }

  static EngineFactory engines(Path scratch) {
    return n -> EvalEngine.open(Optional.empty(),
        TlcPoolConfig.defaults().withWorkers(n).withWarmUp(false).withWorkDir(scratch.resolve("tlc")));
  }

  static RunSettings settings(int epochs, String... models) {
    return RunSettings.of(List.of(TOY_LOCK), java.util.Arrays.stream(models).map(ModelId::of).toList(),
        List.of(VerbatimAuthor.ID)).withEpochs(epochs).withSeed(7);
  }

  static RunListener printing() {
    return new ProgressLine(new PrintStream(System.err, true));
  }
}
