package org.sysmobench.tla.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON form of a {@link TlcResult} (schema {@value #SCHEMA}).
 *
 * <p>Design note: one object per job with {@code verdict} (PASS/FAIL/INCOMPLETE/HARNESS_ERROR), an
 * {@code outcome} whose {@code kind} names the record (ok, safety_violated, liveness_violated,
 * deadlock, assertion_failed, evaluation_error, parse_error, config_error, incomplete, harness_error)
 * plus that record's fields, {@code stats}, {@code coverage} and the {@code job} (with its seed).
 * TLA+ values: integers as JSON numbers (strings when beyond 64 bits), strings, booleans, sequences as
 * arrays, records as objects; sets as {@code {"set": [...]}}, functions as {@code {"function":
 * [[k, v], ...]}}, model values as {@code {"model": "a"}}, unparsed text as {@code {"raw": "..."}}.
 * A breaking change bumps the number in {@link #SCHEMA}.
 */
public final class TlcResultJson {
  public static final String SCHEMA = "sysmobench.tlc-result/1";

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
      c.location().ifPresent(l -> n.set("location", location(l)));
      n.put("distinct", c.distinct());
      n.put("generated", c.generated());
    }
    root.set("job", job(r.job()));
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
          : mapper.getNodeFactory().textNode(i.value().toString());
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
      ArrayNode a = o.putArray("set");
      s.elements().forEach(e -> a.add(value(e)));
    } else if (v instanceof TlaValue.Fcn f) {
      ArrayNode a = o.putArray("function");
      f.mappings().forEach(m -> a.addArray().add(value(m.key())).add(value(m.value())));
    } else if (v instanceof TlaValue.ModelValue m) {
      o.put("model", m.name());
    } else {
      o.put("raw", v.render());
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
}
