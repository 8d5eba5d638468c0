package org.sysmobench.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.Usage;
import org.sysmobench.store.ArtifactStore;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.Task;

/**
 * A pseudo-model that answers every request with one of the task's own specs: {@code reference} (the
 * hand-written reference, which must score 100%) or {@code mutant:<name>} (a deliberately wrong variant).
 * The answer is a markdown reply with a {@code tla} block and the reference {@code cfg} block, the shape a
 * real model is asked for, so the author's extraction runs as for a real model. It costs nothing and needs
 * no key: a real benchmark, end to end through SANY and TLC, on a fresh machine.
 */
final class FixtureModel implements LlmClient {
  static final String REFERENCE = "reference";
  static final String MUTANT_PREFIX = "mutant:";

  private final String name;
  private final String answer;

  private FixtureModel(String name, String answer) {
    this.name = name;
    this.answer = answer;
  }

  static boolean isFixture(String modelName) {
    return modelName.equals(REFERENCE) || modelName.startsWith(MUTANT_PREFIX);
  }

  /** Whether a model can answer for this task: every real model can; a mutant only for tasks that have it. */
  static boolean appliesTo(String modelName, Task task) {
    if (!modelName.startsWith(MUTANT_PREFIX)) {
      return true;
    }
    String mutant = modelName.substring(MUTANT_PREFIX.length());
    return task.reference().mutants().stream().anyMatch(m -> m.name().equals(mutant));
  }

  /** The pseudo-model for this task, or empty when the name is not a pseudo-model. */
  static Optional<FixtureModel> forTask(String modelName, Task task) {
    if (!isFixture(modelName)) {
      return Optional.empty();
    }
    Path spec;
    if (modelName.equals(REFERENCE)) {
      spec = task.reference().spec();
    } else {
      String mutant = modelName.substring(MUTANT_PREFIX.length());
      spec = task.reference().mutants().stream().filter(m -> m.name().equals(mutant)).map(Mutant::spec).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("task " + task.id() + " has no mutant '" + mutant
              + "'; mutants: " + task.reference().mutants().stream().map(Mutant::name).toList()));
    }
    String cfg = task.reference().cfg() == null || !Files.isRegularFile(task.reference().cfg()) ? ""
        : read(task.reference().cfg());
    String text = "Here is the specification.\n\n```tla\n" + read(spec) + "```\n"
        + (cfg.isEmpty() ? "" : "\n```cfg\n" + cfg + "```\n");
    return Optional.of(new FixtureModel(modelName, text));
  }

  @Override
  public String modelName() {
    return name;
  }

  @Override
  public Completion complete(ChatRequest request) {
    String key = ArtifactStore.sha256((name + "\n" + answer).getBytes(StandardCharsets.UTF_8));
    return new Completion(answer, "", Usage.ZERO, Cost.usd(BigDecimal.ZERO), FinishReason.STOP, "stop", false, false,
        Duration.ZERO, key, 0);
  }

  private static String read(Path p) {
    try {
      String s = Files.readString(p);
      return s.endsWith("\n") ? s : s + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
