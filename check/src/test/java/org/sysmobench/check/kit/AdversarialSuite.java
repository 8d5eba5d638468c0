package org.sysmobench.check.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.model.result.Scorecard;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Task;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A task's adversarial specs (its {@code adversarial/} folder): specs written to earn points without
 * modelling the system (doing nothing, allowing everything, printing what old scorers parsed, shaping
 * the search with their own cfg, reading files, ghost fairness), each with what it must score, listed in
 * {@code adversarial/adversarial.yaml}. Evaluated with the real SANY and TLC on the task's committed
 * traces; every expectation is checked, and every failure reported at once with the scorecard.
 */
public final class AdversarialSuite {
  /** Sound overall score at most this: what syntax alone is worth. */
  public static final double NOTHING = 0.25;

  private AdversarialSuite() {}

  /** One adversarial spec and what it must score. */
  record Adversary(String spec, String cfg, boolean modelsNothing, List<String> losesIn, boolean notCheckable,
      List<String> notes, List<String> hides, List<String> findings) {}

  /** Evaluates every adversary of {@code task} and asserts its expectations. */
  public static void assertEarnNothing(TaskTestKit kit, Task task) throws IOException {
    Path folder = task.folder().resolve("adversarial");
    List<Adversary> adversaries = read(folder.resolve("adversarial.yaml"));
    assertThat(adversaries).as("adversaries of " + task.id()).isNotEmpty();
    Path work = kit.newFolder("adversarial-" + task.id());
    SoftAssertions soft = new SoftAssertions();
    for (Adversary a : adversaries) {
      String cfg = a.cfg().isEmpty() ? "" : Files.readString(folder.resolve(a.cfg()), StandardCharsets.UTF_8);
      EvalResult r = kit.engine().evaluator().evaluate(task, new SpecSubmission(
          Files.readString(folder.resolve(a.spec()), StandardCharsets.UTF_8), a.spec(), cfg,
          a.cfg().isEmpty() ? SpecSubmission.CfgOrigin.TASK_DEFAULT : SpecSubmission.CfgOrigin.GIVEN),
          EvalOptions.all(work));
      String card = a.spec() + "\n" + Scorecard.render(r);
      soft.assertThat(r.isScored()).as("scored: " + card).isTrue();
      if (a.modelsNothing()) {
        soft.assertThat(r.scores().sound()).as("models nothing, so at most " + NOTHING + ": " + card)
            .isLessThanOrEqualTo(NOTHING);
      }
      for (String target : a.losesIn()) {
        soft.assertThat(TaskChecker.losesIn(r, target)).as("loses in " + target + ": " + card).isTrue();
      }
      if (a.notCheckable()) {
        soft.assertThat(r.phases()).filteredOn(p -> p.phase() != Phase.SYNTAX).as("not checkable: " + card)
            .allSatisfy(p -> {
              assertThat(p.verdict()).isEqualTo(Verdict.FAIL);
              assertThat(p.summary()).contains("cannot be model checked");
            });
      }
      for (String note : a.notes()) {
        soft.assertThat(r.notes()).as("notes: " + card).anyMatch(n -> n.contains(note));
      }
      for (String kind : a.findings()) {
        soft.assertThat(r.phases()).flatExtracting(PhaseResult::findings).as("finding " + kind + ": " + card)
            .anyMatch(f -> f.kind().equals(kind));
      }
      String json = ResultJson.write(r);
      for (String hidden : a.hides()) {
        soft.assertThat(json).as("hides " + hidden + ": " + card).doesNotContain(hidden);
      }
      soft.assertThat(r.phases()).extracting(PhaseResult::verdict).as("no harness error: " + card)
          .doesNotContain(Verdict.HARNESS_ERROR);
    }
    soft.assertAll();
  }

  @SuppressWarnings("unchecked")
  private static List<Adversary> read(Path yaml) throws IOException {
    Map<String, Object> root;
    try (Reader r = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    }
    List<Adversary> out = new ArrayList<>();
    for (Object o : (List<Object>) root.getOrDefault("adversaries", List.of())) {
      Map<String, Object> n = (Map<String, Object>) o;
      out.add(new Adversary(text(n, "spec"), text(n, "cfg"), Boolean.TRUE.equals(n.get("models-nothing")),
          texts(n, "loses-in"), Boolean.TRUE.equals(n.get("not-checkable")), texts(n, "notes"), texts(n, "hides"),
          texts(n, "findings")));
    }
    return out;
  }

  private static String text(Map<String, Object> n, String key) {
    Object v = n.get(key);
    return v == null ? "" : v.toString();
  }

  private static List<String> texts(Map<String, Object> n, String key) {
    List<String> out = new ArrayList<>();
    if (n.get(key) instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
