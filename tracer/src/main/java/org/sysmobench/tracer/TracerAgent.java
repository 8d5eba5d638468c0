package org.sysmobench.tracer;

import java.lang.instrument.Instrumentation;
import org.sysmobench.tracer.plan.InstrumentationPlan;
import org.sysmobench.tracer.plan.PlanParser;

/**
 * {@code Premain-Class} and {@code Agent-Class} of the agent jar.
 *
 * <p>Order matters: the file is parsed and validated first (a bad file stops the JVM before the system
 * starts, with the file and entry in the message), then the bootstrap bridge is injected, and only then
 * is any class that names the bridge loaded.
 */
public final class TracerAgent {
  private TracerAgent() {}

  public static void premain(String args, Instrumentation inst) throws Exception {
    start(args, inst);
  }

  public static void agentmain(String args, Instrumentation inst) throws Exception {
    start(args, inst);
  }

  private static void start(String args, Instrumentation inst) throws Exception {
    try {
      AgentArguments arguments = AgentArguments.parse(args);
      InstrumentationPlan plan = PlanParser.parse(arguments.config());
      BootBridge.inject(inst);
      AgentSession.start(inst, arguments, plan);
    } catch (Exception e) {
      // The JVM's own report of a failed premain is a bare stack trace; say what is wrong first.
      System.err.println("sysmobench-tracer: " + e.getMessage());
      throw e;
    }
  }
}
