package org.sysmobench.spark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.runs.AuthorDirectory;
import org.sysmobench.runs.BenchmarkRunner;
import org.sysmobench.runs.EngineFactory;
import org.sysmobench.runs.ModelDirectory;
import org.sysmobench.runs.RunListener;
import org.sysmobench.runs.RunSettings;
import org.sysmobench.runs.TaskSource;
import org.sysmobench.store.CellScoring;
import org.sysmobench.store.RunStore;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/**
 * A small real benchmark matrix: the reference and mutants of the check module's toy-lock fixture and of
 * the jdk-reentrantlock task (pseudo-models: no LLM), run by the real runner with real SANY and TLC.
 */
final class MatrixRig {
  static final Path FIXTURES = Path.of("../check/src/test/resources/tasks").toAbsolutePath().normalize();
  static final Path SYSTEMS = Path.of("../systems").toAbsolutePath().normalize();
  static final TaskId TOY_LOCK = TaskId.of("toy-lock");
  static final TaskId REENTRANT_LOCK = TaskId.of("jdk-reentrantlock");

  private MatrixRig() {}

  static TaskSource tasks() {
    TaskSource fixtures = TaskSource.of(new TaskCatalog(FIXTURES));
    TaskSource systems = TaskSource.of(new TaskCatalog(SYSTEMS));
    return id -> id.equals(TOY_LOCK) ? fixtures.load(id) : systems.load(id);
  }

  static BenchmarkRunner runner(RunStore store, Path scratch, RunListener listener) {
    return new BenchmarkRunner(store, tasks(), new ModelDirectory(ModelCatalog.loadDefault(), Map.of(),
        ClientSettings.defaults()), AuthorDirectory.standard(), engines(scratch),
        SourceMaterializer.standard(scratch.resolve("sources")), listener, Clock.systemUTC(),
        Map.of("java", System.getProperty("java.version")));
  }

  static EngineFactory engines(Path scratch) {
    return n -> EvalEngine.open(Optional.empty(),
        TlcPoolConfig.defaults().withWorkers(n).withWarmUp(false).withWorkDir(scratch.resolve("tlc")));
  }

  static RunSettings settings(List<TaskId> tasks, String... models) {
    return RunSettings.of(tasks, Arrays.stream(models).map(ModelId::of).toList(), List.of("verbatim")).withSeed(7);
  }

  /** Each scored cell's result (without wall times, the only part two evaluations may differ in), by cell. */
  static Map<String, EvalResult> results(RunStore store, RunId run) {
    Map<String, EvalResult> out = new TreeMap<>();
    for (CellScoring s : store.scorings(run, 1)) {
      EvalResult r = s.result();
      EvalResult previous = out.put(s.key().task() + "/" + s.key().model() + "/" + s.key().epoch(),
          new EvalResult(r.schema(), r.version(), r.task(), r.spec(), r.specSha256(), r.cfgOrigin(), r.profile(),
              r.seed(), r.notes(), r.phases(), r.overall(), r.scores(), r.scored(), r.timeGuardHit(), r.verdict(),
              Map.of()));
      if (previous != null) {
        throw new AssertionError("cell scored twice: " + s.key());
      }
    }
    return out;
  }
}
