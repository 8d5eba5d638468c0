package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.SpecCritic;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.runs.EvaluatorCritic;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/** The repair critic with the real SANY and TLC on the toy-lock fixture and its mutants. */
@Tag("tlc")
class EvaluatorCriticTest {
  static final Path TOY_LOCK = Path.of("..", "check", "src", "test", "resources", "tasks", "toy-lock");
  @TempDir static Path work;
  static EvalEngine engine;
  static SpecCritic critic;

  @BeforeAll
  static void open() throws IOException {
    engine = EvalEngine.open(Optional.empty(), TlcPoolConfig.defaults().withWorkers(1).withWorkDir(work.resolve("pool")));
    Task task = TaskLoader.load(withLearningTrace(work.resolve("toy-lock")));
    critic = new EvaluatorCritic(engine.evaluator(), task,
        new EvalOptions(EvaluatorCritic.DEFAULT_PHASES, ScoringProfile.PAPER, 1, work, false));
  }

  /**
   * A copy of the fixture whose handover trace is a learning trace: the critic replays only learning traces
   * (scoring traces stay held out), and the fixture itself keeps both for scoring.
   */
  private static Path withLearningTrace(Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(TOY_LOCK)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(TOY_LOCK.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Files.writeString(copy.resolve("task.yaml"), "  learning: [handover.ndjson]\n", StandardOpenOption.APPEND);
    return copy;
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void acceptsTheReferenceSpec() throws Exception {
    SpecCritic.Critique c = critic.review(Files.readString(TOY_LOCK.resolve("reference/ToyLock.tla")),
        Files.readString(TOY_LOCK.resolve("reference/ToyLock.cfg")));
    assertThat(c.acceptable()).as(c.feedback()).isTrue();
    assertThat(c.feedback()).contains("syntax: PASS", "conformance: PASS").doesNotContain("invariants");
  }

  @Test
  void rejectsAParseErrorWithSanysPosition() throws Exception {
    SpecCritic.Critique c = critic.review(
        Files.readString(TOY_LOCK.resolve("reference/mutants/unclosed-paren/ToyLock.tla")), "");
    assertThat(c.acceptable()).isFalse();
    assertThat(c.feedback()).contains("syntax: FAIL").containsPattern("ToyLock(\\.tla)?:\\d+");
  }

  @Test
  void rejectsAnUnexplainedTraceEvent() throws Exception {
    SpecCritic.Critique c = critic.review(
        Files.readString(TOY_LOCK.resolve("reference/mutants/release-keeps-lock/ToyLock.tla")), "");
    assertThat(c.acceptable()).isFalse();
    assertThat(c.feedback()).contains("conformance: FAIL");
  }
}
