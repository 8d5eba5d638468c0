package org.sysmobench.check.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.result.PhaseDetails.DefinitionCheck;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.text.UnicodeToAscii;

/**
 * The one-run batch must say exactly what checking each definition alone says, or nothing: checked on
 * every spec of every task package (references, adversarial specs, the tasks' other specs; mutants are
 * near-copies of their reference and left out for time) with the real SANY.
 */
class DefinitionBatchTest {
  @TempDir static Path work;
  static Sany sany;

  @BeforeAll
  static void open() {
    sany = Sany.open(TlaTools.resolve(Optional.empty(), work.resolve("cache")));
  }

  @AfterAll
  static void close() {
    sany.close();
  }

  @Test
  void agreesWithEachDefinitionAloneOnEverySpecOfEveryTask() throws IOException {
    List<Path> specs = new ArrayList<>();
    for (Path root : List.of(Path.of("..", "systems"), Path.of("src", "test", "resources", "tasks"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".tla") && !p.toString().contains("/target/")
            && !p.toString().contains("/traces/") && !p.toString().contains("/mutants/"))
            .sorted().forEach(specs::add);
      }
    }
    int batched = 0;
    int referencesBatched = 0;
    for (Path spec : specs) {
      String text = Files.readString(spec);
      ParseResult parse = sany.parseAs(spec, text);
      String module = parse.module();
      ModuleOutline outline = ModuleOutline.of(UnicodeToAscii.translate(text).text());
      Optional<List<DefinitionCheck>> batch = DefinitionBatch.checkAll(sany, outline, outline.units(), module,
          parse.ok() ? parse.definitions() : List.of());
      if (batch.isEmpty()) {
        continue;
      }
      batched++;
      if (spec.getParent().getFileName().toString().equals("reference")) {
        referencesBatched++;
      }
      // the stubs are listed in the order each path meets them (first use vs SANY's complaints): compare them as sets
      assertThat(unordered(batch.get())).as(spec.toString()).isEqualTo(unordered(eachAlone(outline, module, parse)));
    }
    assertThat(batched).as("specs the batch vouched for").isGreaterThan(specs.size() / 2);
    assertThat(referencesBatched).as("reference specs the batch vouched for").isGreaterThanOrEqualTo(9);
  }

  @Test
  void saysNothingWhenADefinitionFailsAlone() {
    String text = """
        ---- MODULE Broken ----
        EXTENDS Naturals
        VARIABLE x
        Inc == x' = x + 1
        Init == x = 0
        Next == Inc \\/ (x' = Undefined)
        ====
        """;
    ParseResult parse = sany.parseText(text);
    ModuleOutline outline = ModuleOutline.of(text);
    assertThat(DefinitionBatch.checkAll(sany, outline, outline.units(), "Broken", parse.definitions())).isEmpty();
  }

  @Test
  void stubsOnlyOperatorsDefinedAboveAndUsedAsOperators() {
    String text = """
        ---- MODULE Uses ----
        EXTENDS Naturals
        VARIABLE x
        holder == 1
        Send(m) == m + 1
        Next == \\* Send in a comment
          /\\ x' = [holder |-> Send(x), note |-> "holder"]
          /\\ x.holder = holder
        ====
        """;
    ParseResult parse = sany.parseText(text);
    assertThat(parse.ok()).as(parse.diagnostics().toString()).isTrue();
    ModuleOutline outline = ModuleOutline.of(text);
    List<Definition> defs = parse.definitions();
    assertThat(DefinitionBatch.usedOperators(outline.units().get(2), defs)).containsExactly("Send", "holder");
    assertThat(DefinitionBatch.checkAll(sany, outline, outline.units(), "Uses", defs)).hasValueSatisfying(
        checks -> assertThat(checks.get(2).stubbed()).containsExactly("holder", "Send/0"));
  }

  private static List<DefinitionCheck> eachAlone(ModuleOutline outline, String module, ParseResult parse) {
    Map<String, List<Integer>> known = new java.util.LinkedHashMap<>();
    parse.definitions().stream().filter(d -> !d.instance()).forEach(d -> known.putIfAbsent(d.name(), d.paramArities()));
    List<DefinitionCheck> out = new ArrayList<>();
    for (int i = 0; i < outline.units().size(); i++) {
      out.add(StandaloneDefinition.check(sany, outline, outline.units().get(i), module, i + 1, known));
    }
    return out;
  }

  private static List<DefinitionCheck> unordered(List<DefinitionCheck> checks) {
    return checks.stream().map(c -> new DefinitionCheck(c.name(), c.line(), c.parses(),
        c.stubbed().stream().sorted().toList(), c.error())).toList();
  }
}
