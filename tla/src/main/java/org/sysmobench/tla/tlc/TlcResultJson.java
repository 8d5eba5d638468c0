package org.sysmobench.tla.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a {@link TlcResult} (schema {@value #SCHEMA}), written for people and scripts and
 * read back whole: a stored evaluation keeps its jobs' results in this form so it can be judged again
 * without TLC, so {@link #read} gives back exactly the result {@link #toJson} was given (the hooks' key
 * and the read allow-list excepted: they belong to the run, not to its result).
 *
 * <p>Design note: one object per job with {@code verdict} (PASS/FAIL/INCOMPLETE/HARNESS_ERROR), an
 * {@code outcome} whose {@code kind} names the record (ok, safety_violated, liveness_violated,
 * deadlock, assertion_failed, evaluation_error, parse_error, config_error, incomplete, harness_error)
 * plus that record's fields, {@code stats}, {@code coverage}, the {@code job} (with its seed), what the
 * {@code hooks} recorded, and TLC's and the spec's output. TLA+ values: integers as JSON numbers,
 * strings, booleans, sequences as arrays, records as objects; the rest as an object with one key that
 * starts with {@code $} (no record field can): sets {@code {"$set": [...]}}, functions {@code
 * {"$function": [[k, v], ...]}}, model values {@code {"$model": "a"}}, integers beyond 64 bits {@code
 * {"$int": "..."}}, unparsed text {@code {"$raw": "..."}}. A breaking change bumps the number in {@link
 * #SCHEMA}.
 */
public final class TlcResultJson {
  public static final String SCHEMA = "sysmobench.tlc-result/2";

  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectNode toJson(TlcResult r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("verdict", r.verdict().name());
    root.put("summary", r.outcome().summary());
    root.set("outcome", outcome(r.outcome()));
    root.set("stats", stats(r.stats()));
    ArrayNode cov = root.putArray("coverage");
    for (ActionCoverage c : r.coverage()) {
      ObjectNode n = cov.addObject();
      n.put("action", c.action());
      n.put("label", c.label());
      c.location().ifPresent(l -> n.set("location", location(l)));
      n.put("distinct", c.distinct());
      n.put("generated", c.generated());
    }
    root.set("job", job(r.job()));
    ObjectNode hooks = root.putObject("hooks");
    ObjectNode reached = hooks.putObject("reached");
    r.hooks().reached().forEach((k, v) -> reached.put(String.valueOf(k), v));
    ArrayNode fired = hooks.putArray("fired");
    r.hooks().fired().forEach(fired::add);
    hooks.put("budgetHit", r.hooks().budgetHit());
    root.put("toolOutput", r.toolOutput());
    root.put("outputTruncated", r.outputTruncated());
    root.put("specOutput", r.specOutput());
    root.put("workerLog", r.workerLog());
    return root;
  }

  public String toPrettyString(TlcResult r) {
    return toJson(r).toPrettyString();
  }

  private ObjectNode job(TlcJob j) {
    ObjectNode n = mapper.createObjectNode();
    n.put("spec", j.spec().toString());
    n.put("config", j.config().toString());
    ObjectNode mode = n.putObject("mode");
    if (j.mode() instanceof TlcMode.Simulate s) {
      mode.put("kind", "simulate");
      mode.put("behaviours", s.behaviours());
      mode.put("depth", s.depth());
    } else {
      mode.put("kind", "model_check");
    }
    n.put("seed", j.seed());
    n.put("coverage", j.coverage());
    n.put("checkDeadlock", j.checkDeadlock());
    ObjectNode b = n.putObject("budget");
    b.put("wallTimeMillis", j.budget().wallTime().toMillis());
    b.put("maxDistinctStates", j.budget().maxDistinctStates());
    b.put("maxDepth", j.budget().maxDepth());
    b.put("maxGenerated", j.budget().maxGenerated());
    return n;
  }

  private ObjectNode stats(TlcStats s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("generated", s.generated());
    n.put("distinct", s.distinct());
    n.put("leftOnQueue", s.leftOnQueue());
    n.put("depth", s.depth());
    n.put("durationMillis", s.duration().toMillis());
    return n;
  }

  private ObjectNode outcome(TlcOutcome o) {
    ObjectNode n = mapper.createObjectNode();
    if (o instanceof TlcOutcome.Ok) {
      n.put("kind", "ok");
    } else if (o instanceof TlcOutcome.SafetyViolated v) {
      n.put("kind", "safety_violated");
      n.put("invariant", v.invariant());
      n.set("trace", trace(v.trace()));
    } else if (o instanceof TlcOutcome.LivenessViolated v) {
      n.put("kind", "liveness_violated");
      v.property().ifPresent(p -> n.put("property", p));
      strings(n.putArray("candidates"), v.candidates());
      n.set("trace", trace(v.trace()));
    } else if (o instanceof TlcOutcome.Deadlock d) {
      n.put("kind", "deadlock");
      n.set("trace", trace(d.trace()));
    } else if (o instanceof TlcOutcome.AssertionFailed a) {
      n.put("kind", "assertion_failed");
      n.put("message", a.message());
      locations(n.putArray("locations"), a.locations());
      n.set("trace", trace(a.trace()));
    } else if (o instanceof TlcOutcome.EvaluationError e) {
      n.put("kind", "evaluation_error");
      n.put("message", e.message());
      locations(n.putArray("locations"), e.locations());
      n.set("trace", trace(e.trace()));
    } else if (o instanceof TlcOutcome.ParseError p) {
      n.put("kind", "parse_error");
      n.put("message", p.message());
      locations(n.putArray("locations"), p.locations());
    } else if (o instanceof TlcOutcome.ConfigError c) {
      n.put("kind", "config_error");
      n.put("message", c.message());
    } else if (o instanceof TlcOutcome.Incomplete i) {
      n.put("kind", "incomplete");
      n.put("budget", i.budget().name());
      n.put("detail", i.detail());
      n.set("stats", stats(i.stats()));
    } else if (o instanceof TlcOutcome.HarnessError h) {
      n.put("kind", "harness_error");
      n.put("message", h.message());
      n.put("detail", h.detail());
    }
    return n;
  }

  private ObjectNode trace(Trace t) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode steps = n.putArray("states");
    for (TraceStep s : t.steps()) {
      ObjectNode step = steps.addObject();
      step.put("number", s.number());
      step.put("action", s.action());
      step.put("label", s.label());
      s.location().ifPresent(l -> step.set("location", location(l)));
      ObjectNode vars = step.putObject("variables");
      s.variables().forEach((k, v) -> vars.set(k, value(v)));
    }
    ObjectNode tail = n.putObject("tail");
    if (t.tail() instanceof TraceTail.Stuttering) {
      tail.put("kind", "stuttering");
    } else if (t.tail() instanceof TraceTail.BackToState b) {
      tail.put("kind", "back_to_state");
      tail.put("state", b.stateNumber());
      tail.put("action", b.action());
    } else {
      tail.put("kind", "finite");
    }
    return n;
  }

  /** A TLA+ value as JSON (see the class comment for the encoding). */
  public JsonNode value(TlaValue v) {
    if (v instanceof TlaValue.Int i) {
      return i.fitsLong() ? mapper.getNodeFactory().numberNode(i.value().longValue())
          : mapper.createObjectNode().put("$int", i.value().toString());
    }
    if (v instanceof TlaValue.Str s) {
      return mapper.getNodeFactory().textNode(s.value());
    }
    if (v instanceof TlaValue.Bool b) {
      return mapper.getNodeFactory().booleanNode(b.value());
    }
    if (v instanceof TlaValue.Seq s) {
      ArrayNode a = mapper.createArrayNode();
      s.elements().forEach(e -> a.add(value(e)));
      return a;
    }
    if (v instanceof TlaValue.Rec r) {
      ObjectNode o = mapper.createObjectNode();
      r.fields().forEach((k, e) -> o.set(k, value(e)));
      return o;
    }
    ObjectNode o = mapper.createObjectNode();
    if (v instanceof TlaValue.SetValue s) {
      ArrayNode a = o.putArray("$set");
      s.elements().forEach(e -> a.add(value(e)));
    } else if (v instanceof TlaValue.Fcn f) {
      ArrayNode a = o.putArray("$function");
      f.mappings().forEach(m -> a.addArray().add(value(m.key())).add(value(m.value())));
    } else if (v instanceof TlaValue.ModelValue m) {
      o.put("$model", m.name());
    } else {
      o.put("$raw", v.render());
    }
    return o;
  }

  private ObjectNode location(SourceLocation l) {
    ObjectNode n = mapper.createObjectNode();
    n.put("module", l.module());
    n.put("line", l.line());
    n.put("column", l.column());
    n.put("endLine", l.endLine());
    n.put("endColumn", l.endColumn());
    return n;
  }

  private void locations(ArrayNode a, List<SourceLocation> ls) {
    ls.forEach(l -> a.add(location(l)));
  }

  private static void strings(ArrayNode a, List<String> ss) {
    ss.forEach(a::add);
  }

  /** Reads a result written by {@link #toJson}; a document of another schema is refused. */
  public TlcResult read(JsonNode root) {
    String schema = root.path("schema").asText();
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("not a TLC result of schema " + SCHEMA + " (found '" + schema + "')");
    }
    List<ActionCoverage> coverage = new ArrayList<>();
    root.path("coverage").forEach(c -> coverage.add(new ActionCoverage(c.path("label").asText(),
        c.path("distinct").asLong(), c.path("generated").asLong())));
    JsonNode h = root.path("hooks");
    Map<Integer, Integer> reached = new LinkedHashMap<>();
    h.path("reached").fields().forEachRemaining(e -> reached.put(Integer.parseInt(e.getKey()), e.getValue().asInt()));
    Set<Integer> fired = new LinkedHashSet<>();
    h.path("fired").forEach(f -> fired.add(f.asInt()));
    return new TlcResult(readJob(root.path("job")), readOutcome(root.path("outcome")), readStats(root.path("stats")),
        coverage, root.path("toolOutput").asText(), root.path("outputTruncated").asBoolean(),
        root.path("specOutput").asText(), new HookReport(reached, fired, h.path("budgetHit").asText()),
        root.path("workerLog").asText());
  }

  private static TlcJob readJob(JsonNode n) {
    JsonNode m = n.path("mode");
    TlcMode mode = m.path("kind").asText().equals("simulate")
        ? new TlcMode.Simulate(m.path("behaviours").asLong(), m.path("depth").asInt()) : new TlcMode.ModelCheck();
    JsonNode b = n.path("budget");
    TlcBudget budget = new TlcBudget(Duration.ofMillis(b.path("wallTimeMillis").asLong()),
        b.path("maxDistinctStates").asLong(), b.path("maxDepth").asInt(), b.path("maxGenerated").asLong());
    return new TlcJob(Path.of(n.path("spec").asText()), Path.of(n.path("config").asText()), mode, budget,
        n.path("coverage").asBoolean(), n.path("checkDeadlock").asBoolean(), n.path("seed").asLong(), JobHooks.NONE);
  }

  private static TlcStats readStats(JsonNode n) {
    return new TlcStats(n.path("generated").asLong(), n.path("distinct").asLong(), n.path("leftOnQueue").asLong(),
        n.path("depth").asLong(), Duration.ofMillis(n.path("durationMillis").asLong()));
  }

  private TlcOutcome readOutcome(JsonNode n) {
    String kind = n.path("kind").asText();
    return switch (kind) {
      case "ok" -> new TlcOutcome.Ok();
      case "safety_violated" -> new TlcOutcome.SafetyViolated(n.path("invariant").asText(), readTrace(n.path("trace")));
      case "liveness_violated" -> new TlcOutcome.LivenessViolated(readStrings(n.path("candidates")),
          readTrace(n.path("trace")));
      case "deadlock" -> new TlcOutcome.Deadlock(readTrace(n.path("trace")));
      case "assertion_failed" -> new TlcOutcome.AssertionFailed(n.path("message").asText(),
          readLocations(n.path("locations")), readTrace(n.path("trace")));
      case "evaluation_error" -> new TlcOutcome.EvaluationError(n.path("message").asText(),
          readLocations(n.path("locations")), readTrace(n.path("trace")));
      case "parse_error" -> new TlcOutcome.ParseError(n.path("message").asText(), readLocations(n.path("locations")));
      case "config_error" -> new TlcOutcome.ConfigError(n.path("message").asText());
      case "incomplete" -> new TlcOutcome.Incomplete(TlcOutcome.Budget.valueOf(n.path("budget").asText()),
          readStats(n.path("stats")), n.path("detail").asText());
      case "harness_error" -> new TlcOutcome.HarnessError(n.path("message").asText(), n.path("detail").asText());
      default -> throw new IllegalArgumentException("unknown TLC outcome kind '" + kind + "'");
    };
  }

  private Trace readTrace(JsonNode n) {
    List<TraceStep> steps = new ArrayList<>();
    for (JsonNode s : n.path("states")) {
      Map<String, TlaValue> vars = new LinkedHashMap<>();
      s.path("variables").fields().forEachRemaining(e -> vars.put(e.getKey(), readValue(e.getValue())));
      steps.add(new TraceStep(s.path("number").asInt(), s.path("label").asText(), vars));
    }
    JsonNode t = n.path("tail");
    TraceTail tail = switch (t.path("kind").asText()) {
      case "stuttering" -> new TraceTail.Stuttering();
      case "back_to_state" -> new TraceTail.BackToState(t.path("state").asInt(), t.path("action").asText());
      default -> new TraceTail.Finite();
    };
    return new Trace(steps, tail);
  }

  /** A TLA+ value from its JSON form (see the class comment). */
  public TlaValue readValue(JsonNode n) {
    if (n.isIntegralNumber()) {
      return new TlaValue.Int(n.bigIntegerValue());
    }
    if (n.isTextual()) {
      return new TlaValue.Str(n.asText());
    }
    if (n.isBoolean()) {
      return new TlaValue.Bool(n.asBoolean());
    }
    if (n.isArray()) {
      List<TlaValue> elements = new ArrayList<>();
      n.forEach(e -> elements.add(readValue(e)));
      return new TlaValue.Seq(elements);
    }
    if (n.isObject() && n.size() == 1 && n.fieldNames().next().startsWith("$")) {
      String key = n.fieldNames().next();
      JsonNode v = n.get(key);
      switch (key) {
        case "$set": {
          List<TlaValue> elements = new ArrayList<>();
          v.forEach(e -> elements.add(readValue(e)));
          return new TlaValue.SetValue(elements);
        }
        case "$function": {
          List<TlaValue.Mapping> mappings = new ArrayList<>();
          v.forEach(kv -> mappings.add(new TlaValue.Mapping(readValue(kv.get(0)), readValue(kv.get(1)))));
          return new TlaValue.Fcn(mappings);
        }
        case "$model":
          return new TlaValue.ModelValue(v.asText());
        case "$int":
          return new TlaValue.Int(new BigInteger(v.asText()));
        case "$raw":
          return new TlaValue.Raw(v.asText());
        default:
          throw new IllegalArgumentException("unknown TLA+ value form '" + key + "'");
      }
    }
    if (n.isObject()) {
      Map<String, TlaValue> fields = new LinkedHashMap<>();
      n.fields().forEachRemaining(e -> fields.put(e.getKey(), readValue(e.getValue())));
      return new TlaValue.Rec(fields);
    }
    throw new IllegalArgumentException("not a TLA+ value: " + n);
  }

  private static List<SourceLocation> readLocations(JsonNode a) {
    List<SourceLocation> out = new ArrayList<>();
    a.forEach(l -> out.add(new SourceLocation(l.path("module").asText(), l.path("line").asInt(),
        l.path("column").asInt(), l.path("endLine").asInt(), l.path("endColumn").asInt())));
    return out;
  }

  private static List<String> readStrings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
