package org.sysmobench.tracer.runtime;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.sysmobench.trace.TraceWriter;
import org.sysmobench.tracer.boot.Sink;
import org.sysmobench.tracer.plan.CallSiteProbe;
import org.sysmobench.tracer.plan.InstrumentationPlan;
import org.sysmobench.tracer.plan.MethodProbe;
import org.sysmobench.tracer.plan.ResultFilter;
import org.sysmobench.tracer.plan.ValuePath;

/**
 * Turns recording points into trace events. Never throws into the system: a capture that fails (a
 * missing field, a getter that throws) is reported once on stderr with the probe that caused it, and
 * the event is still written without that field, so a trace is never silently shorter than the run.
 */
public final class Recorder implements Sink {
  private static final int MAX_DISTINCT_PROBLEMS = 50;
  private static final String UNKNOWN_NODE = "?";

  private final ProbeTable table;
  private final TraceWriter writer;
  private final PathEvaluator evaluator;
  private final Optional<Pattern> threads;
  private final boolean recordThread;
  private final PrintStream diagnostics;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  private final AtomicLong problems = new AtomicLong();
  private final Map<Integer, ValuePath> receiverPaths = new ConcurrentHashMap<>();
  /** Node ids bound to threads by {@code bindThreadNode} probes; per recorder, so no static state. */
  private final ThreadLocal<String> threadNodes = new ThreadLocal<>();

  public Recorder(InstrumentationPlan plan, ProbeTable table, TraceWriter writer, ModuleOpener opener, PrintStream diagnostics) {
    this.table = table;
    this.writer = writer;
    this.evaluator = new PathEvaluator(opener);
    this.threads = plan.threads();
    this.recordThread = plan.recordThread();
    this.diagnostics = diagnostics;
  }

  @Override
  public void onEntry(int id, Object self, Object[] args) {
    Probe.OnMethod p = (Probe.OnMethod) table.get(id);
    onMethod(p, new PathEvaluator.Roots(self, args, null, null, threadNodes.get()), null);
  }

  @Override
  public void onExit(int id, Object self, Object[] args, Object returned, Throwable thrown) {
    Probe.OnMethod p = (Probe.OnMethod) table.get(id);
    MethodProbe spec = p.spec();
    if (thrown != null && !spec.onThrow()) {
      return;
    }
    if (thrown == null && !accepts(spec.when(), returned)) {
      return;
    }
    onMethod(p, new PathEvaluator.Roots(self, args, returned, null, threadNodes.get()), thrown);
  }

  private void onMethod(Probe.OnMethod p, PathEvaluator.Roots roots, Throwable thrown) {
    if (p.spec().bindThreadNode()) {
      Object node = value(p, "node", p.node(), roots);
      if (node != null) {
        threadNodes.set(String.valueOf(node));
        roots = new PathEvaluator.Roots(roots.self(), roots.args(), roots.returned(), roots.receiver(), String.valueOf(node));
      }
    }
    if (p.spec().event().isPresent()) {
      record(p, p.spec().event().get(), p.spec().captures(), roots, thrown);
    }
  }

  @Override
  public void onCallReturned(int id, Object enclosing, Object receiver, Object[] args, Object returned) {
    Probe.OnCallSite p = (Probe.OnCallSite) table.get(id);
    CallSiteProbe spec = p.spec();
    if (!accepts(spec.when(), returned)) {
      return;
    }
    if (spec.receiverField().isPresent()) {
      Object expected;
      try {
        ValuePath field = receiverPaths.computeIfAbsent(id, k -> ValuePath.parse("this." + spec.receiverField().get()));
        expected = evaluator.evaluate(field, new PathEvaluator.Roots(enclosing, args, null, null, null));
      } catch (ReflectiveOperationException | RuntimeException e) {
        problem(p, "receiverField", e);
        return;
      }
      if (expected != receiver) {
        return;
      }
    }
    record(p, spec.event(), spec.captures(), new PathEvaluator.Roots(enclosing, args, returned, receiver, threadNodes.get()), null);
  }

  private static boolean accepts(ResultFilter when, Object returned) {
    return when == ResultFilter.ANY || (when == ResultFilter.NON_NULL) == (returned != null);
  }

  private void record(Probe p, String event, Map<String, ValuePath> captures, PathEvaluator.Roots roots, Throwable thrown) {
    try {
      String threadName = Thread.currentThread().getName();
      if (threads.isPresent() && !threads.get().matcher(threadName).find()) {
        return;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Map.Entry<String, ValuePath> c : captures.entrySet()) {
        Object v = value(p, c.getKey(), c.getValue(), roots);
        if (v != null) {
          fields.put(c.getKey(), v);
        }
      }
      if (thrown != null) {
        fields.put("threw", thrown.getClass().getName());
      }
      Object node = value(p, "node", p.node(), roots);
      if (node == null) {
        problem(p, "node", new IllegalStateException("node expression '" + p.node().text() + "' gave null"));
      }
      writer.append(node == null ? UNKNOWN_NODE : String.valueOf(node), event, recordThread ? Optional.of(threadName) : Optional.empty(), fields);
    } catch (IllegalStateException closed) {
      // The writer closed during JVM shutdown while system threads still run: nothing left to record into.
    } catch (RuntimeException | Error e) {
      problem(p, "event", e);
    }
  }

  private Object value(Probe p, String field, ValuePath path, PathEvaluator.Roots roots) {
    try {
      return TraceValueConverter.capture(evaluator.evaluate(path, roots), path.transforms());
    } catch (ReflectiveOperationException | RuntimeException e) {
      problem(p, field, e);
      return null;
    }
  }

  private void problem(Probe p, String field, Throwable e) {
    problems.incrementAndGet();
    String key = p.id() + "/" + field + "/" + e.getClass().getName();
    if (reported.size() < MAX_DISTINCT_PROBLEMS && reported.add(key)) {
      diagnostics.println("sysmobench-tracer: probe #" + p.id() + " (" + p.className() + ", field '" + field + "') failed: " + e);
    }
  }

  /** Number of failed captures so far. */
  public long problems() {
    return problems.get();
  }
}
