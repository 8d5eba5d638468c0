package org.sysmobench.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.TaskId;

class TaskLoaderTest {
  private static final Path PACKAGES = Path.of("src/test/resources/packages");

  @Test
  void loadsAValidPackage() {
    Task t = TaskLoader.load(PACKAGES.resolve("good-task"));
    assertThat(t.id()).isEqualTo(TaskId.of("good-task"));
    assertThat(t.kind()).isEqualTo(SystemKind.CONCURRENT);
    assertThat(t.spec().module()).isEqualTo("Counter");
    assertThat(t.spec().specification()).isEqualTo("Spec");
    assertThat(t.spec().constants()).containsEntry("Limit", "3");
    assertThat(t.budgets().runtime()).isEqualTo(new PhaseBudget(Duration.ofSeconds(10), 1000, 20, 15));
    assertThat(t.budgets().invariants().wallTime()).isEqualTo(Duration.ofMinutes(2));
    assertThat(t.budgets().conformance()).isEqualTo(PhaseBudget.DEFAULT_CONFORMANCE);
    assertThat(t.contract().variables()).extracting(ContractVariable::observation).containsExactly(Observation.WHOLE);
    // Without an events section, each action is explained by the event of the same name.
    assertThat(t.contract().mappingFor("Set")).get().extracting(EventMapping::args)
        .isEqualTo(java.util.Map.of("v", "v"));
    assertThat(t.invariants()).extracting(InvariantTemplate::kind)
        .containsExactly(InvariantKind.SAFETY, InvariantKind.LIVENESS);
    assertThat(t.reference().mutants()).singleElement().extracting(Mutant::losesIn)
        .isEqualTo(List.of("invariants:Bounded"));
    assertThat(t.sources()).singleElement().isInstanceOf(SourceOrigin.Local.class);
    assertThat(t.traces().folder()).isEqualTo(t.folder().resolve("traces"));
    assertThat(t.traces().hasRecorder()).isFalse();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> TaskLoader.load(PACKAGES.resolve("broken-task")))
        .isInstanceOfSatisfying(TaskPackageException.class, e -> assertThat(e.problems()).contains(
            "brief.md: file is missing",
            "task.yaml: missing required field 'title'",
            "task.yaml: kind: unknown value 'parallel', expected one of [concurrent, distributed]",
            "task.yaml: spec.module: '1bad' is not a TLA+ module name",
            "task.yaml: budgets.runtime.time: not a duration (like 30s, 2m): 'soon'",
            "task.yaml: sources[0].files[0]: source path must be relative and stay inside its origin: ../escape.c",
            "task.yaml: sources[0].kind: unknown source kind 'ftp', expected maven-sources, debian, git or local",
            "task.yaml: reference.spec: file 'reference/Missing.tla' does not exist",
            "contract.yaml: variables[0].observed: unknown value 'sometimes', expected one of [whole, per-node, hidden]",
            "contract.yaml: event 'DoA' gives arguments [q] but action A takes [p]",
            "contract.yaml: event 'DoB' maps to unknown action 'B'",
            "task.yaml: spec.constants: contract constant 'N' has no value for model checking",
            "invariants.yaml: invariant 'x' clashes with a contract name",
            "invariants.yaml: invariants[1].kind: unknown value 'eventually', expected one of [safety, action, liveness]",
            "invariants.yaml: invariant 'Inv' has no definition",
            "task.yaml: sources[1].files[0].sha256: write this value in quotes (YAML read it as number)"));
  }

  @Test
  void actionsGetTheirParametersDomainsAndNoopFlags() {
    Task t = TaskLoader.load(PACKAGES.resolve("good-task"));
    assertThat(t.contract().action("Set")).get().satisfies(a -> {
      assertThat(a.domain("v")).isEqualTo("0..Limit");
      assertThat(a.noop()).isFalse();
    });
  }

  @Test
  void tracesSplitIntoLearningAndScoringAndAHeaderOnlyTraceIsRefused(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path task = copy(PACKAGES.resolve("good-task"), dir.resolve("good-task"));
    Path traces = java.nio.file.Files.createDirectories(task.resolve("traces"));
    String header = "{\"schema\":\"sysmobench-trace\",\"version\":1,\"meta\":{}}\n";
    java.nio.file.Files.writeString(traces.resolve("a.ndjson"), header + "{\"seq\":1,\"node\":\"n\",\"event\":\"Inc\"}\n");
    java.nio.file.Files.writeString(traces.resolve("b.ndjson"), header + "{\"seq\":1,\"node\":\"n\",\"event\":\"Inc\"}\n");
    java.nio.file.Files.writeString(task.resolve("task.yaml"), java.nio.file.Files.readString(task.resolve("task.yaml"))
        + "traces:\n  folder: traces\n  learning: [a.ndjson]\n");
    Task t = TaskLoader.load(task);
    assertThat(t.traces().learningFiles()).extracting(p -> p.getFileName().toString()).containsExactly("a.ndjson");
    assertThat(t.traces().scoringFiles()).extracting(p -> p.getFileName().toString()).containsExactly("b.ndjson");
    // Traces recorded afresh elsewhere are all scoring traces; agents still learn from the committed ones.
    Path fresh = java.nio.file.Files.createDirectories(dir.resolve("fresh"));
    java.nio.file.Files.copy(traces.resolve("a.ndjson"), fresh.resolve("a.ndjson"));
    java.nio.file.Files.copy(traces.resolve("b.ndjson"), fresh.resolve("b.ndjson"));
    assertThat(t.withTraceFolder(fresh).traces().scoringFiles()).hasSize(2);
    assertThat(t.withTraceFolder(fresh).traces().learningFiles()).containsExactly(traces.resolve("a.ndjson"));

    java.nio.file.Files.writeString(traces.resolve("c.ndjson"), header);
    assertThatThrownBy(() -> TaskLoader.load(task)).isInstanceOfSatisfying(TaskPackageException.class,
        e -> assertThat(e.problems()).anyMatch(p -> p.contains("traces/c.ndjson holds no events")));
  }

  @Test
  void discriminationMutantsLoseSomewhereOrSayWhyTheyCannotAndTemplatesSayWhatTheyProtect(
      @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Path task = copy(PACKAGES.resolve("good-task"), dir.resolve("good-task"));
    String yaml = java.nio.file.Files.readString(task.resolve("task.yaml"));
    String discrimination = """
          discrimination:
            - name: off-by-one
              spec: reference/Counter.tla
              loses-in: [conformance]
            - name: same-observations
              spec: reference/Counter.tla
              equivalent: no trace or template tells it apart
        traces:
          folder: traces
          coverage-floor: 0.5
        """;
    Path traces = java.nio.file.Files.createDirectories(task.resolve("traces"));
    java.nio.file.Files.writeString(traces.resolve("a.ndjson"),
        "{\"schema\":\"sysmobench-trace\",\"version\":1,\"meta\":{}}\n{\"seq\":1,\"node\":\"n\",\"event\":\"Inc\"}\n");
    java.nio.file.Files.writeString(task.resolve("task.yaml"), yaml + discrimination);
    java.nio.file.Files.writeString(task.resolve("invariants.yaml"), java.nio.file.Files.readString(task.resolve("invariants.yaml"))
        .replace("    meaning: never above the limit\n", "    meaning: never above the limit\n    protects: Counter.inc\n"));

    Task t = TaskLoader.load(task);
    assertThat(t.reference().discrimination()).extracting(Mutant::name, Mutant::isEquivalent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("off-by-one", false),
            org.assertj.core.groups.Tuple.tuple("same-observations", true));
    assertThat(t.reference().mutants()).noneMatch(Mutant::isEquivalent);
    assertThat(t.invariants()).extracting(InvariantTemplate::protects).containsExactly("Counter.inc", "");
    assertThat(t.traces().coverageFloor()).isEqualTo(0.5);

    java.nio.file.Files.writeString(task.resolve("task.yaml"), yaml + discrimination.replace(
        "      equivalent: no trace or template tells it apart\n", ""));
    assertThatThrownBy(() -> TaskLoader.load(task)).isInstanceOfSatisfying(TaskPackageException.class,
        e -> assertThat(e.problems()).anyMatch(p -> p.contains("must say where it loses points")
            && p.contains("or why it cannot ('equivalent')")));
  }

  private static Path copy(Path from, Path to) throws java.io.IOException {
    try (var files = java.nio.file.Files.walk(from)) {
      for (Path p : files.toList()) {
        java.nio.file.Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
    return to;
  }

  @Test
  void invalidYamlNamesTheLine() {
    assertThatThrownBy(() -> TaskLoader.load(PACKAGES.resolve("bad-yaml")))
        .isInstanceOfSatisfying(TaskPackageException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.startsWith("task.yaml: is not valid YAML at line 2"))
            .contains("contract.yaml: file is missing", "invariants.yaml: file is missing", "brief.md: file is missing"));
  }

  @Test
  void aTaskIdMustMatchItsFolder() {
    assertThatThrownBy(() -> TaskLoader.load(PACKAGES.resolve("broken-task")))
        .hasMessageContaining("task id must be lowercase words joined by dashes, got: Broken_Task");
  }

  @Test
  void catalogListsFoldersWithATaskFile() {
    TaskCatalog catalog = new TaskCatalog(PACKAGES);
    assertThat(catalog.ids()).containsExactly(TaskId.of("bad-yaml"), TaskId.of("broken-task"), TaskId.of("good-task"));
    assertThatThrownBy(() -> catalog.load(TaskId.of("nope"))).hasMessageContaining("known tasks: [bad-yaml, broken-task, good-task]");
  }
}
