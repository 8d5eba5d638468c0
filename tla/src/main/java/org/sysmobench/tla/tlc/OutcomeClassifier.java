package org.sysmobench.tla.tlc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what TLC printed into one typed outcome. Decides by message codes, never by exit status
 * alone: some evaluation errors exit 255, a stopped run prints "No error has been found" and exits 0
 * with states left on the queue, and spurious error messages (e.g. 2145 TLCGet undefined, from TLC
 * eagerly evaluating unused definitions) appear in runs that otherwise succeed.
 *
 * <p>Order: a definite finding (violation, deadlock, assertion) wins over a budget stop, because what
 * TLC found is true even if it did not finish; then parse and config errors; then evaluation errors;
 * then a count budget the budget hook reported, then the wall-time guard; then success, which is only
 * {@link TlcOutcome.Ok} if TLC completed, nothing was stopped and no state is left on the queue.
 *
 * <p>Only TLC's framed messages are read, and the spec's own prints never reach them (the driver sends
 * them elsewhere); strings the spec builds appear inside message bodies only quoted and escaped, so no
 * line of a body can start a frame.
 */
final class OutcomeClassifier {
  private static final int GENERAL = 1000;
  private static final Set<Integer> OUT_OF_MEMORY = Set.of(1001, 1002, 1003);
  private static final int NESTED_EXPRESSION = 2103;
  private static final int ASSUMPTION_FALSE = 2104;
  private static final int INVARIANT_VIOLATED_INITIAL = 2107;
  private static final int PROPERTY_VIOLATED_INITIAL = 2108;
  private static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
  private static final int ACTION_PROPERTY_VIOLATED = 2112;
  private static final int DEADLOCK = 2114;
  private static final int TEMPORAL_PROPERTY_VIOLATED = 2116;
  private static final int ASSERT_FAILED = 2132;
  private static final int TLCGET_UNDEFINED = 2145;
  private static final int PARSING_FAILED = 3002;
  private static final int PARSING_FAILED2 = 2171;
  private static final int SUCCESS = 2193;
  private static final int SEARCH_DEPTH = 2194;
  private static final int STATS = 2199;
  private static final int PROGRESS = 2200;
  private static final int SIMULATION_PROGRESS = 2209;
  private static final int SIMULATION_STATS = 2210;
  private static final int FINISHED = 2186;
  private static final int COVERAGE_INIT = 2773;
  private static final int COVERAGE_NEXT = 2772;
  private static final int WRONG_COMMAND_LINE = 1102;
  private static final int CFG_GENERAL = 5002;
  /** Messages that are errors only in name: warnings, trace headers and eager-evaluation noise. */
  private static final Set<Integer> NOT_A_VERDICT = Set.of(2121, 2264, NESTED_EXPRESSION, TLCGET_UNDEFINED);

  private static final Pattern INVARIANT_NAME = Pattern.compile("Invariant (\\S+?) is violated");
  private static final Pattern ACTION_PROPERTY_NAME = Pattern.compile("Action property (\\S+?) is violated");
  private static final Pattern PROPERTY_NAME = Pattern.compile("(?:Property|property) (\\S+?) is violated");
  private static final Pattern STATS_LINE = Pattern.compile(
      "([\\d,]+) states generated.*?, ([\\d,-]+) distinct states found.*?, ([\\d,-]+) states left on queue");
  private static final Pattern DEPTH_LINE = Pattern.compile("is (\\d+)\\.");
  private static final Pattern SIM_STATES = Pattern.compile("number of states generated: ([\\d,]+)");
  private static final Pattern COVERAGE_LINE = Pattern.compile("^(<.*>): (\\d+):(\\d+)$");
  private static final Pattern PARSE_POSITION = Pattern.compile("at line (\\d+), column (\\d+)");
  private static final Pattern PARSING_FILE = Pattern.compile("Parsing file (.*?)([^/\\\\]+)\\.tla");

  private OutcomeClassifier() {}

  static TlcResult classify(TlcJob job, RawRun raw, Duration wall) {
    ToolOutput out = ToolOutput.parse(raw.output());
    TlcStats stats = stats(out, raw, wall);
    List<ActionCoverage> coverage = job.coverage() ? coverage(out) : List.of();
    TlcOutcome outcome = outcome(job, raw, out, stats);
    return new TlcResult(job, outcome, stats, coverage, raw.output(), raw.outputTruncated(), raw.specOutput(),
        raw.hooks(), "");
  }

  private static TlcOutcome outcome(TlcJob job, RawRun raw, ToolOutput out, TlcStats stats) {
    if (!raw.driverError().isEmpty()) {
      return new TlcOutcome.HarnessError("the TLC driver failed", raw.driverError());
    }
    Trace trace = TraceReader.read(out);
    for (ToolMessage m : out.messages()) {
      switch (m.code()) {
        case INVARIANT_VIOLATED_INITIAL, INVARIANT_VIOLATED_BEHAVIOR:
          return new TlcOutcome.SafetyViolated(group(INVARIANT_NAME, m.body()).orElse(m.body().strip()), trace);
        case ACTION_PROPERTY_VIOLATED:
          return new TlcOutcome.SafetyViolated(group(ACTION_PROPERTY_NAME, m.body()).orElse(m.body().strip()), trace);
        case TEMPORAL_PROPERTY_VIOLATED, PROPERTY_VIOLATED_INITIAL: {
          Optional<String> named = group(PROPERTY_NAME, m.body());
          List<String> candidates = named.map(List::of).orElseGet(() -> temporalProperties(job.config()));
          return new TlcOutcome.LivenessViolated(candidates, trace);
        }
        case DEADLOCK:
          return new TlcOutcome.Deadlock(trace);
        case ASSERT_FAILED:
          return new TlcOutcome.AssertionFailed(m.body().strip(), locationStack(out), trace);
        case ASSUMPTION_FALSE:
          return new TlcOutcome.AssertionFailed(m.body().strip(), SourceLocation.findAll(m.body()), Trace.empty());
        default:
          break;
      }
    }
    if (out.has(PARSING_FAILED) || out.has(PARSING_FAILED2)) {
      return parseError(out);
    }
    Optional<ToolMessage> config = out.messages().stream().filter(OutcomeClassifier::isConfigError).findFirst();
    if (config.isPresent()) {
      return new TlcOutcome.ConfigError(config.get().body().strip());
    }
    Optional<ToolMessage> oom = out.messages().stream().filter(m -> OUT_OF_MEMORY.contains(m.code())).findFirst();
    if (oom.isPresent()) {
      return new TlcOutcome.Incomplete(TlcOutcome.Budget.MEMORY, stats, oom.get().body().strip());
    }
    boolean completed = raw.ec() == 0 && (job.mode() instanceof TlcMode.Simulate ? out.has(FINISHED) : out.has(SUCCESS));
    if (!completed) {
      // An error that stopped TLC is the spec's, whatever its code: even one that TLC also prints as noise
      // in runs that succeed (2145, a TLCGet it evaluated eagerly) is the cause when the run did not complete.
      Optional<ToolMessage> error = out.messages().stream()
          .filter(m -> m.isError() && !NOT_A_VERDICT.contains(m.code())).findFirst()
          .or(() -> out.messages().stream().filter(m -> m.isError() && m.code() == TLCGET_UNDEFINED).findFirst());
      if (error.isPresent()) {
        return evaluationError(error.get(), out, trace);
      }
    }
    if (!raw.hooks().budgetHit().isEmpty()) {
      TlcOutcome.Budget budget = TlcOutcome.Budget.valueOf(raw.hooks().budgetHit());
      return new TlcOutcome.Incomplete(budget, stats, "the search reached its " + budget.name().toLowerCase(Locale.ROOT)
          + " budget after " + describe(stats));
    }
    if (!raw.stopReason().isEmpty()) {
      TlcOutcome.Budget budget = TlcOutcome.Budget.valueOf(raw.stopReason());
      return new TlcOutcome.Incomplete(budget, stats, "TLC stopped by the " + budget.name().toLowerCase(Locale.ROOT)
          + " budget after " + describe(stats));
    }
    if (completed && stats.leftOnQueue() > 0) {
      return new TlcOutcome.Incomplete(TlcOutcome.Budget.UNFINISHED_SEARCH, stats,
          "TLC reported no error but left " + stats.leftOnQueue() + " states on the queue");
    }
    if (completed && (job.mode() instanceof TlcMode.Simulate || stats.leftOnQueue() == 0)) {
      return new TlcOutcome.Ok();
    }
    if (raw.ec() != 0 && out.messages().stream().noneMatch(ToolMessage::isError)) {
      return new TlcOutcome.HarnessError("TLC ended with code " + raw.ec() + " without an error message",
          tail(raw.output()));
    }
    return new TlcOutcome.HarnessError("TLC ended without a verdict (code " + raw.ec() + ")", tail(raw.output()));
  }

  private static boolean isConfigError(ToolMessage m) {
    int c = m.code();
    return (c >= 2222 && c <= 2243 && c != 2238 && c != 2239) || c == 2280 || c == 2281 || c == CFG_GENERAL
        || c == WRONG_COMMAND_LINE || (m.isError() && m.body().contains("configuration file"));
  }

  private static TlcOutcome evaluationError(ToolMessage error, ToolOutput out, Trace trace) {
    String message = error.body().strip();
    if (error.code() == GENERAL && message.contains("java.lang.StackOverflowError")) {
      message = "TLC ran out of stack (java.lang.StackOverflowError): probably unbounded recursion in the spec";
    } else if (error.code() == GENERAL) {
      message = firstLines(message, 6);
    }
    List<SourceLocation> stack = locationStack(out);
    if (stack.isEmpty()) {
      stack = SourceLocation.findAll(error.body());
    }
    return new TlcOutcome.EvaluationError(message, stack, trace);
  }

  private static List<SourceLocation> locationStack(ToolOutput out) {
    return out.last(NESTED_EXPRESSION).map(m -> SourceLocation.findAll(m.body())).orElse(List.of());
  }

  private static TlcOutcome parseError(ToolOutput out) {
    StringBuilder message = new StringBuilder();
    List<SourceLocation> locations = new ArrayList<>();
    String module = "";
    for (String line : out.unframed().split("\n")) {
      Matcher file = PARSING_FILE.matcher(line);
      if (file.find()) {
        module = file.group(2);
        continue;
      }
      if (line.startsWith("Semantic processing of module") || line.isBlank()) {
        continue;
      }
      message.append(line.strip()).append('\n');
      Matcher pos = PARSE_POSITION.matcher(line);
      if (pos.find()) {
        int l = Integer.parseInt(pos.group(1));
        int c = Integer.parseInt(pos.group(2));
        locations.add(new SourceLocation(module, l, c, l, c));
      }
      locations.addAll(SourceLocation.findAll(line));
    }
    String text = message.toString().strip();
    if (text.isEmpty()) {
      text = out.first(PARSING_FAILED).or(() -> out.first(PARSING_FAILED2)).map(ToolMessage::body).orElse("parse error");
    }
    return new TlcOutcome.ParseError(text, locations);
  }

  private static TlcStats stats(ToolOutput out, RawRun raw, Duration wall) {
    long generated = -1;
    long distinct = -1;
    long queue = -1;
    long depth = -1;
    Optional<ToolMessage> final2199 = out.last(STATS).or(() -> out.last(PROGRESS)).or(() -> out.last(SIMULATION_PROGRESS));
    if (final2199.isPresent()) {
      Matcher m = STATS_LINE.matcher(final2199.get().body());
      if (m.find()) {
        generated = number(m.group(1));
        distinct = number(m.group(2));
        queue = number(m.group(3));
      }
    }
    Optional<ToolMessage> sim = out.last(SIMULATION_STATS);
    if (sim.isPresent()) {
      Matcher m = SIM_STATES.matcher(sim.get().body());
      if (m.find()) {
        generated = number(m.group(1));
      }
    }
    Optional<ToolMessage> d = out.last(SEARCH_DEPTH);
    if (d.isPresent()) {
      Matcher m = DEPTH_LINE.matcher(d.get().body());
      if (m.find()) {
        depth = Long.parseLong(m.group(1));
      }
    }
    // For a stopped search, the watchdog's last poll fills what TLC did not print (e.g. the depth).
    // Not otherwise: whether the poll saw a short run at all is timing, and results must be repeatable.
    if (raw.stopReason().isEmpty()) {
      return new TlcStats(generated, distinct, queue, depth, wall);
    }
    if (generated < 0) {
      generated = raw.lastStats().getOrDefault("generated", -1L);
    }
    if (distinct < 0) {
      distinct = raw.lastStats().getOrDefault("distinct", -1L);
    }
    if (queue < 0) {
      queue = raw.lastStats().getOrDefault("queue", -1L);
    }
    if (depth < 0) {
      depth = raw.lastStats().getOrDefault("depth", -1L);
    }
    return new TlcStats(generated, distinct, queue, depth, wall);
  }

  /** Stats from a progress snapshot the worker streamed before it was killed. */
  static TlcStats fromProgress(java.util.Map<String, Long> progress, Duration wall) {
    return new TlcStats(progress.getOrDefault("generated", -1L), progress.getOrDefault("distinct", -1L),
        progress.getOrDefault("queue", -1L), progress.getOrDefault("depth", -1L), wall);
  }

  private static List<ActionCoverage> coverage(ToolOutput out) {
    List<ActionCoverage> all = new ArrayList<>();
    for (ToolMessage m : out.messages()) {
      if (m.code() == COVERAGE_INIT || m.code() == COVERAGE_NEXT) {
        Matcher c = COVERAGE_LINE.matcher(m.body().strip());
        if (c.matches()) {
          all.add(new ActionCoverage(c.group(1), Long.parseLong(c.group(2)), Long.parseLong(c.group(3))));
        }
      } else if (m.code() == 2201) {
        all.clear(); // coverage is reported every minute and at the end: keep the last report
      }
    }
    return all;
  }

  static String describe(TlcStats s) {
    return s.generated() + " states generated, " + s.distinct() + " distinct, " + s.leftOnQueue()
        + " left on queue, depth " + s.depth();
  }

  private static Optional<String> group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static long number(String s) {
    return Long.parseLong(s.replace(",", ""));
  }

  private static String firstLines(String s, int n) {
    String[] lines = s.split("\n");
    return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
  }

  /** The PROPERTY names of a config (TLC 2.18 does not say which one a liveness counterexample violates). */
  private static List<String> temporalProperties(java.nio.file.Path cfg) {
    try {
      return org.sysmobench.tla.cfg.TlcConfigParser.parse(
          java.nio.file.Files.readString(cfg, java.nio.charset.StandardCharsets.UTF_8)).config().properties();
    } catch (java.io.IOException | RuntimeException e) {
      return List.of();
    }
  }
}
