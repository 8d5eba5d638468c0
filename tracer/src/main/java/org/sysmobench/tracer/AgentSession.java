package org.sysmobench.tracer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sysmobench.trace.TraceHeader;
import org.sysmobench.trace.TraceWriter;
import org.sysmobench.tracer.boot.Dispatch;
import org.sysmobench.tracer.plan.InstrumentationPlan;
import org.sysmobench.tracer.runtime.Probe;
import org.sysmobench.tracer.runtime.ProbeTable;
import org.sysmobench.tracer.runtime.Recorder;
import org.sysmobench.tracer.weave.Weaver;

/**
 * One agent run: opens the trace, installs the recorder behind the bridge, weaves, and at JVM shutdown
 * stops recording, closes the trace and reports probes that never fired and captures that failed.
 * Loaded only after {@link BootBridge} ran, because it names {@link Dispatch}.
 */
final class AgentSession {
  private AgentSession() {}

  static void start(Instrumentation inst, AgentArguments args, InstrumentationPlan plan) throws IOException {
    PrintStream diagnostics = System.err;
    Map<String, Object> meta = new LinkedHashMap<>(plan.meta());
    meta.putAll(args.meta());
    meta.put("tracer", "sysmobench-tracer");
    meta.put("instrumentation", args.config().getFileName().toString());
    TraceWriter writer = TraceWriter.create(args.out(), TraceHeader.of(meta));
    ModuleBridge modules = new ModuleBridge(inst);
    ProbeTable table = ProbeTable.of(plan);
    Recorder recorder = new Recorder(plan, table, writer, modules, diagnostics);
    Weaver weaver = new Weaver(table, diagnostics, modules::readBridge);
    Dispatch.install(recorder);
    weaver.install(inst);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Dispatch.uninstall();
      writer.close();
      for (Probe p : weaver.unwoven()) {
        diagnostics.println("sysmobench-tracer: WARNING probe #" + p.id() + " in " + p.className() + " was never woven (class not loaded, or no such method)");
      }
      if (recorder.problems() > 0) {
        diagnostics.println("sysmobench-tracer: " + recorder.problems() + " capture(s) failed; see the messages above");
      }
    }, "sysmobench-tracer-shutdown"));
  }
}
