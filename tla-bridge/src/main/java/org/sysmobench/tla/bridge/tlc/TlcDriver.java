package org.sysmobench.tla.bridge.tlc;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sysmobench.tla.bridge.hooks.JobChannel;
import tlc2.TLC;
import tlc2.TLCGlobals;
import tlc2.output.EC;
import tlc2.output.MP;
import tlc2.output.MPRecorder;
import tlc2.tool.ModelChecker;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Runs one TLC job. The host loads this class in a fresh class loader per job, instantiates it and
 * calls it as a {@code Function<Map<String, Object>, Map<String, Object>>}, the only types both sides
 * share.
 *
 * <p>Request keys: {@code args} (List of String: TLC's full command line, built by the host),
 * {@code resolverPath} (List of String: folders searched for modules, spec folder first),
 * {@code hookKey} (String: the secret of this job's evaluation hooks, empty = none), {@code
 * maxDistinct} (Long, 0 = none), {@code maxDepth} (Integer, 0 = none) and {@code maxGenerated} (Long, 0 =
 * none), enforced by the budget hook
 * the host's wrapper module puts in a state constraint, {@code readableFiles} (List of String: the
 * only files the spec's operators may read; absent = no restriction), {@code wallMillis} (Long, 0 =
 * none), {@code progress} (optional {@code Consumer<Map<String, Object>>}).
 *
 * <p>Result keys: {@code ec} (Integer, what {@code TLC.process()} returned), {@code output} (String,
 * TLC's {@code -tool} framed text), {@code outputTruncated} (Boolean: part of it was dropped to bound
 * it), {@code specOutput} (String: what the spec printed with {@code Print}/{@code PrintT}, bounded),
 * {@code hooks} (Map: what the evaluation hooks recorded, see {@code JobChannel.report}), {@code
 * stopReason} (String TIME, absent if not stopped), {@code lastStats} (Map of Long), {@code recorded}
 * (Map of String), {@code durationMs} (Long), {@code driverError} (String stack trace, present only if
 * this driver itself failed).
 *
 * <p>What the spec prints goes to its own buffer (TLC's {@code -userFile} channel), never into TLC's
 * framed output: the host reads verdicts from the framed messages only, so a spec cannot print one.
 *
 * <p>Never throws: every failure becomes a result the host can classify.
 */
public final class TlcDriver implements Function<Map<String, Object>, Map<String, Object>> {
  private static final int HEAD_BYTES = 2 << 20;
  private static final int TAIL_BYTES = 6 << 20;
  private static final int SPEC_HEAD_BYTES = 64 << 10;
  private static final int SPEC_TAIL_BYTES = 64 << 10;

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> apply(Map<String, Object> request) {
    long start = System.nanoTime();
    Map<String, Object> result = new LinkedHashMap<>();
    CappedOutput captured = new CappedOutput(HEAD_BYTES, TAIL_BYTES);
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    CappedOutput specCaptured = new CappedOutput(SPEC_HEAD_BYTES, SPEC_TAIL_BYTES);
    BufferedWriter specPrints = new BufferedWriter(new OutputStreamWriter(specCaptured, StandardCharsets.UTF_8));
    PrintStream oldOut = ToolIO.out;
    PrintStream oldErr = ToolIO.err;
    StatsRecorder recorder = new StatsRecorder();
    BudgetWatchdog watchdog = new BudgetWatchdog(((Number) request.getOrDefault("wallMillis", 0L)).longValue(),
        (Consumer<Map<String, Object>>) request.get("progress"));
    JobChannel.open(String.valueOf(request.getOrDefault("hookKey", "")),
        ((Number) request.getOrDefault("maxDistinct", 0L)).longValue(),
        ((Number) request.getOrDefault("maxDepth", 0)).intValue(),
        ((Number) request.getOrDefault("maxGenerated", 0L)).longValue(),
        (List<String>) request.get("readableFiles"));
    Thread watcher = new Thread(watchdog, "tlc-budget-watchdog");
    watcher.setDaemon(true);
    int ec = EC.GENERAL;
    try {
      ToolIO.out = capture;
      ToolIO.err = capture;
      MP.setRecorder(recorder);
      List<String> args = (List<String>) request.get("args");
      List<String> resolverPath = (List<String>) request.get("resolverPath");
      TLC tlc = new TLC();
      watcher.start();
      if (!tlc.handleParameters(args.toArray(new String[0]))) {
        ec = EC.WRONG_COMMANDLINE_PARAMS_TLC;
      } else {
        tlc.setResolver(new SimpleFilenameToStream(resolverPath.toArray(new String[0])));
        tlc2.module.TLC.OUTPUT = specPrints;
        ec = tlc.process();
      }
    } catch (Throwable t) {
      result.put("driverError", stackTrace(t));
    } finally {
      watcher.interrupt();
      joinQuietly(watcher);
      releaseFingerprintSet();
      ToolIO.out = oldOut;
      ToolIO.err = oldErr;
      MP.setRecorder(new MPRecorder());
      tlc2.module.TLC.OUTPUT = null;
      capture.flush();
      flushQuietly(specPrints);
    }
    result.put("ec", ec);
    result.put("output", captured.text());
    result.put("outputTruncated", captured.truncated());
    result.put("specOutput", specCaptured.text());
    result.put("hooks", JobChannel.report());
    if (watchdog.stopReason() != null) {
      result.put("stopReason", watchdog.stopReason());
    }
    result.put("lastStats", watchdog.lastStats());
    result.put("recorded", recorder.snapshot());
    result.put("durationMs", (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  /**
   * The fingerprint set is an RMI-exported object: without unexporting it, the JVM keeps a listening
   * socket and the non-daemon "RMI Reaper" thread alive, and the loader can never be collected.
   */
  private static void releaseFingerprintSet() {
    try {
      if (TLCGlobals.mainChecker instanceof ModelChecker mc && mc.theFPSet != null) {
        mc.theFPSet.unexportObject(true);
        mc.theFPSet.close();
      }
    } catch (Throwable t) {
      // Best effort: the worker JVM is recycled regularly anyway.
    }
  }

  private static void flushQuietly(BufferedWriter w) {
    try {
      w.flush();
    } catch (java.io.IOException e) {
      // TLC closes its user-output channel when it ends: what it wrote was flushed then
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }
}
