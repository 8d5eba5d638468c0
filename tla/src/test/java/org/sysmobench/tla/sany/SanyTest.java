package org.sysmobench.tla.sany;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sysmobench.tla.TlaTools;

/** The SANY facade on fixture specs, with the real SANY. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SanyTest {

  private Sany sany;

  @BeforeAll
  void open(@TempDir Path cache) {
    sany = Sany.open(TlaTools.resolve(Optional.empty(), cache));
  }

  @AfterAll
  void close() {
    sany.close();
  }

  @Test
  void goodSpecListsDefinitionsConstantsAndVariablesInSourceOrder() {
    ParseResult r = sany.parseFile(fixture("good/Counter.tla"));

    assertThat(r.ok()).as(r.output()).isTrue();
    assertThat(r.module()).isEqualTo("Counter");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.constants()).containsExactly("N", "Procs");
    assertThat(r.variables()).containsExactly("x", "log");
    assertThat(r.definitions())
        .extracting(Definition::name, Definition::arity, Definition::local, d -> d.range().line(),
            d -> d.range().endLine())
        .containsExactly(
            tuple("vars", 0, false, 8, 8),
            tuple("Bound", 0, true, 10, 10),
            tuple("Init", 0, false, 12, 13),
            tuple("Inc", 1, false, 15, 17),
            tuple("Add", 2, false, 19, 21),
            tuple("double", 0, false, 23, 23),
            tuple("Next", 0, false, 25, 25),
            tuple("Spec", 0, false, 27, 27),
            tuple("TypeOK", 0, false, 29, 29));
    assertThat(r.definitions().get(3).range()).isEqualTo(new SourceRange("Counter", 15, 1, 17, 34));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "bad/LexString.tla   | LEXICAL        | LexString   | 3 | 10 | Encountered: \"\\n\" (10), after : \"\\\"abc\"",
    "bad/OpenComment.tla | LEXICAL        | OpenComment | 3 | 1  | comment opened around line 3 is never closed",
    "bad/ParseErr.tla    | PARSE          | ParseErr    | 4 | 1  | Encountered \"Beginning of definition\" at line 4, column 1",
    "bad/LevelErr.tla    | LEVEL          | LevelErr    | 4 | 1  | Level error: assumptions must be level 0 (Constant), but this one has level 1.",
    "bad/MissingMod.tla  | MISSING_MODULE | MissingMod  | 2 | 19 | Cannot find source file for module NoSuchModule imported in module MissingMod.",
    "bad/Renamed.tla     | NAME_MISMATCH  | Renamed     | 1 | 13 | File name 'Renamed' does not match the name 'SomethingElse'",
    "bad/Garbage.tla     | NO_MODULE      | Garbage     | 1 | 1  | no TLA+ module header (---- MODULE Name ----): the text starts with \"I'm sorry",
  })
  void eachKindOfErrorIsOneExactDiagnostic(String file, DiagnosticKind kind, String module, int line, int column,
      String fragment) {
    ParseResult r = sany.parseFile(fixture(file));

    assertThat(r.ok()).isFalse();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(kind);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.module()).isEqualTo(module);
      assertThat(d.line()).isEqualTo(line);
      assertThat(d.column()).isEqualTo(column);
      assertThat(d.message()).contains(fragment);
    });
  }

  @Test
  void semanticErrorsAreAllReportedWithRanges() {
    ParseResult r = sany.parseFile(fixture("bad/SemErr.tla"));

    assertThat(r.ok()).isFalse();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::kind, Diagnostic::line, Diagnostic::column, Diagnostic::endLine, Diagnostic::endColumn,
            Diagnostic::message)
        .containsExactly(
            tuple(DiagnosticKind.SEMANTIC, 5, 8, 5, 8, "Unknown operator: `y'."),
            tuple(DiagnosticKind.SEMANTIC, 6, 8, 6, 10, "The operator Foo requires 1 arguments."));
    assertThat(r.diagnostics()).extracting(Diagnostic::undefinedSymbol)
        .containsExactly(Optional.of("y"), Optional.empty());
    // Semantic analysis ran, so the definitions are known even though the spec is rejected.
    assertThat(r.definitions()).extracting(Definition::name).containsExactly("Foo", "Bar", "Baz");
  }

  @Test
  void temporalAndActionMixingIsALevelError() {
    ParseResult r = sany.parseText("""
        ---- MODULE Mix ----
        VARIABLE x
        Init == x' = 1
        Spec == Init /\\ [][x' = x]_x
        ====
        """);

    assertThat(r.diagnostics()).singleElement()
        .extracting(Diagnostic::kind, Diagnostic::line, Diagnostic::column, Diagnostic::message)
        .containsExactly(DiagnosticKind.LEVEL, 4, 9, "\\land has both temporal formula and action as arguments.");
  }

  @Test
  void namedInstancesAreDefinitionsAndWhatTheyImportIsNot() {
    ParseResult r = sany.parseText("""
        ---- MODULE Inst ----
        EXTENDS Naturals
        LOCAL INSTANCE Sequences
        N == INSTANCE Naturals
        P(a) == INSTANCE Naturals
        fact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
        RECURSIVE Down(_)
        Down(n) == IF n = 0 THEN 0 ELSE Down(n - 1)
        ====
        """);

    assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.definitions())
        .extracting(Definition::name, Definition::arity, Definition::instance, d -> d.range().line())
        .containsExactly(
            tuple("N", 0, true, 4),
            tuple("P", 1, true, 5),
            tuple("fact", 0, false, 6),
            tuple("Down", 1, false, 8));
  }

  @Test
  void truncatedModuleIsAParseErrorWithoutAnOutsideTextWarning() {
    ParseResult r = sany.parseText("---- MODULE Cut ----\nx == 1\n");

    assertThat(r.diagnostics()).singleElement()
        .extracting(Diagnostic::kind, Diagnostic::line, Diagnostic::column)
        .containsExactly(DiagnosticKind.PARSE, 2, 7);
  }

  @Test
  void emptyFileHasNoModule() {
    ParseResult r = sany.parseFile(fixture("bad/Empty.tla"));

    assertThat(r.ok()).isFalse();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DiagnosticKind.NO_MODULE);
      assertThat(d.hasPosition()).isFalse();
      assertThat(d.message()).endsWith("the text is empty");
    });
  }

  @Test
  void unicodeSpecParsesAndReportsPositionsInTheOriginalText() {
    ParseResult r = sany.parseFile(fixture("unicode/UniCounter.tla"));

    assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.unicodeRewritten()).contains("≜", "∧", "⟨", "⟩", "∈", "□", "◇", "─", "═");
    assertThat(r.constants()).containsExactly("N");
    assertThat(r.variables()).containsExactly("x", "seen");
    Definition spec = r.definitions().stream().filter(d -> d.name().equals("Spec")).findFirst().orElseThrow();
    // "Spec ≜ Init ∧ □[Next]_⟨x, seen⟩ ∧ ◇(x = 0)" is 42 chars; the ASCII rewrite is longer.
    assertThat(spec.range()).isEqualTo(new SourceRange("UniCounter", 14, 1, 14, 42));
  }

  @Test
  void unicodeSemanticErrorPointsAtTheOriginalColumn() {
    ParseResult r = sany.parseFile(fixture("unicode/UniError.tla"));

    // Line 4 is "Init ≜ x ∈ ℕ ∧ y = 0": y is at column 16 of the original (column 24 in ASCII).
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DiagnosticKind.SEMANTIC);
      assertThat(d.line()).isEqualTo(4);
      assertThat(d.column()).isEqualTo(16);
      assertThat(d.message()).isEqualTo("Unknown operator: `y'.");
    });
  }

  @Test
  void unicodeParseErrorKeepsItsLineAndColumn() {
    ParseResult r = sany.parseFile(fixture("unicode/UniParseError.tla"));

    assertThat(r.diagnostics()).singleElement()
        .extracting(Diagnostic::kind, Diagnostic::line, Diagnostic::column)
        .containsExactly(DiagnosticKind.PARSE, 5, 1);
  }

  @Test
  void unmappedUnicodeIsALexicalErrorAtTheOriginalColumn() {
    ParseResult r = sany.parseText("---- MODULE Greek ----\nx ≜ λ + 1\n====\n");

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DiagnosticKind.LEXICAL);
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.column()).isEqualTo(5);
      assertThat(d.message()).endsWith("(the character 'λ', U+03BB: SANY accepts only ASCII outside comments)");
    });
  }

  @Test
  void tabsCountAsOneCharacterNotAsSanysTabStops() {
    // SANY reports y at column 17 (tabs jump to the next multiple of 8); it is the 7th character.
    ParseResult r = sany.parseText("---- MODULE Tabs ----\nx ==\t\ty\n====\n");

    assertThat(r.diagnostics()).singleElement()
        .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::endColumn)
        .containsExactly(2, 7, 7);
  }

  @Test
  void fencedSpecParsesWithAWarningAboutTheTextAroundIt() {
    ParseResult r = sany.parseFile(fixture("text/Fenced.tla"));

    assertThat(r.ok()).isTrue();
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DiagnosticKind.TEXT_OUTSIDE_MODULE);
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.message()).contains("1 markdown fence and 1 line of other text before the module header (lines 1-3)");
    });
    assertThat(r.definitions()).extracting(d -> d.name() + "@" + d.range().line()).containsExactly("Init@7", "Next@8");
  }

  @Test
  void parseTextTakesTheModuleNameFromTheHeader() throws Exception {
    String text = Files.readString(fixture("good/Counter.tla"));

    ParseResult r = sany.parseText(text);

    assertThat(r.ok()).isTrue();
    assertThat(r.module()).isEqualTo("Counter");
    assertThat(r.definitions()).hasSize(9);
  }

  @Test
  void parseTextWithoutHeaderSaysWhy() {
    assertThat(sany.parseText("").diagnostics()).singleElement()
        .extracting(Diagnostic::kind, Diagnostic::message)
        .containsExactly(DiagnosticKind.NO_MODULE, "no TLA+ module header (---- MODULE Name ----): the text is empty");
    assertThat(sany.parseText("```tla\nVARIABLE x\n```\n").diagnostics()).singleElement()
        .extracting(Diagnostic::message).asString().contains("looks like markdown");
  }

  @Test
  void parseTextSeesTheLibraryModules() {
    ParseResult r = sany.parseText("""
        ---- MODULE UsesLibrary ----
        EXTENDS Naturals, SequencesExt, FiniteSetsExt, Functions, TraceReader
        X == Reverse(<<1, 2>>)
        Y == Max({1, 2}) + Sum({3})
        Z == Range([i \\in 1..2 |-> i])
        T == NdJsonLines("trace.ndjson")
        ====
        """);

    assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.definitions()).extracting(Definition::name).containsExactly("X", "Y", "Z", "T");
  }

  @Test
  void parseFileResolvesSiblingModulesEvenAfterAUnicodeRewrite(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Base.tla"), "---- MODULE Base ----\nBaseValue == 1\n====\n");
    Files.writeString(dir.resolve("Top.tla"), "---- MODULE Top ----\nEXTENDS Base\nX ≜ BaseValue\nY ≜ Z\n====\n");

    ParseResult r = sany.parseFile(dir.resolve("Top.tla"));

    assertThat(r.diagnostics()).singleElement()
        .extracting(Diagnostic::kind, Diagnostic::module, Diagnostic::line, Diagnostic::column)
        .containsExactly(DiagnosticKind.SEMANTIC, "Top", 4, 5);
  }

  @Test
  void unicodeSiblingModulesAreRewrittenTooWithTheirPositionsMapped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Lib.tla"), "---- MODULE Lib ----\nOne ≜ 1\nBad ≜ {1} ∪ {2} ∪ q\n====\n");
    Files.writeString(dir.resolve("Main.tla"), "---- MODULE Main ----\nEXTENDS Lib\nX == One\n====\n");

    ParseResult r = sany.parseFile(dir.resolve("Main.tla"));

    // "Bad ≜ {1} ∪ {2} ∪ q": q is the 19th character (the 27th in ASCII).
    assertThat(r.diagnostics()).singleElement()
        .extracting(Diagnostic::kind, Diagnostic::module, Diagnostic::line, Diagnostic::column, Diagnostic::message)
        .containsExactly(DiagnosticKind.SEMANTIC, "Lib", 3, 19, "Unknown operator: `q'.");
    assertThat(r.unicodeRewritten()).containsExactly("≜", "∪");
    assertThat(Files.readString(dir.resolve("Lib.tla"))).contains("≜"); // the caller's file is untouched
  }

  @Test
  void twoHundredRepeatedParsesGiveIdenticalResults() {
    List<Path> files = List.of(fixture("good/Counter.tla"), fixture("bad/SemErr.tla"), fixture("bad/ParseErr.tla"),
        fixture("unicode/UniError.tla"));
    List<ParseResult> first = files.stream().map(sany::parseFile).toList();
    for (int i = 0; i < 200; i++) {
      Path f = files.get(i % files.size());
      assertThat(withoutOutput(sany.parseFile(f))).isEqualTo(withoutOutput(first.get(i % files.size())));
    }
  }

  @Test
  void eightThreadsAtOnceGetTheirOwnCorrectResults() throws Exception {
    List<Path> files = List.of(fixture("good/Counter.tla"), fixture("bad/SemErr.tla"), fixture("bad/ParseErr.tla"),
        fixture("unicode/UniCounter.tla"), fixture("bad/LevelErr.tla"), fixture("bad/MissingMod.tla"),
        fixture("bad/LexString.tla"), fixture("text/Fenced.tla"));
    List<ParseResult> expected = files.stream().map(sany::parseFile).map(SanyTest::withoutOutput).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 10; i++) {
            int k = (offset + i) % files.size();
            if (!withoutOutput(sany.parseFile(files.get(k))).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The printed output holds temp paths; everything else must be identical. */
  private static ParseResult withoutOutput(ParseResult r) {
    return new ParseResult(r.ok(), r.module(), r.diagnostics(), r.definitions(), r.constants(), r.variables(),
        r.unicodeRewritten(), "", r.modules(), r.specFormula());
  }

  private static Path fixture(String name) {
    try {
      return Path.of(SanyTest.class.getResource("/sany/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
