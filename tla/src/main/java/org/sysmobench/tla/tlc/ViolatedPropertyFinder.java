package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the violated temporal property when the config checks several. TLC 2.18 only says
 * "Temporal properties were violated", so this re-runs the job once per candidate with a config that
 * checks only that property, and keeps the first one TLC finds violated (with that run's trace).
 *
 * <p>Costs up to one extra run per candidate; callers that only need the verdict can skip it.
 */
public final class ViolatedPropertyFinder {
  private static final Pattern SECTION = Pattern.compile(
      "\\b(INIT|NEXT|SPECIFICATION|INVARIANTS?|PROPERT(?:Y|IES)|CONSTANTS?|CONSTRAINTS?|ACTION_CONSTRAINTS?|SYMMETRY"
          + "|VIEW|CHECK_DEADLOCK|POSTCONDITION|ALIAS)\\b");

  private final TlcWorkerPool pool;
  private final Path scratch;

  /** Single-property configs go to a temporary folder under {@code scratch}, removed afterwards. */
  public ViolatedPropertyFinder(TlcWorkerPool pool, Path scratch) {
    this.pool = pool;
    this.scratch = scratch;
  }

  /**
   * The result with the violated property named, when it was ambiguous; otherwise {@code result}
   * unchanged. Never fails: if no single-property run reproduces the violation, the candidates stay.
   */
  public TlcResult identify(TlcResult result) {
    if (!(result.outcome() instanceof TlcOutcome.LivenessViolated v) || v.property().isPresent()) {
      return result;
    }
    Path dir;
    String cfg;
    try {
      cfg = Files.readString(result.job().config(), StandardCharsets.UTF_8);
      Files.createDirectories(scratch);
      dir = Files.createTempDirectory(scratch, "sysmobench-properties-");
    } catch (IOException e) {
      return result;
    }
    try {
      for (String candidate : v.candidates()) {
        Path single = dir.resolve(candidate + ".cfg");
        Files.writeString(single, onlyProperty(cfg, candidate), StandardCharsets.UTF_8);
        TlcResult rerun = pool.run(result.job().withConfig(single));
        if (rerun.outcome() instanceof TlcOutcome.LivenessViolated one) {
          return new TlcResult(result.job(), new TlcOutcome.LivenessViolated(List.of(candidate), one.trace()),
              result.stats(), result.coverage(), result.toolOutput(), result.outputTruncated(), result.specOutput(),
              result.hooks(), result.workerLog());
        }
      }
    } catch (IOException e) {
      return result;
    } finally {
      JobFolder.deleteTree(dir);
    }
    return result;
  }

  /** {@code cfg} with every PROPERTY/PROPERTIES section removed and {@code PROPERTY name} added. */
  static String onlyProperty(String cfg, String name) {
    String text = cfg.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\n]*", " ");
    Matcher m = SECTION.matcher(text);
    List<int[]> sections = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    while (m.find()) {
      sections.add(new int[] {m.start(), 0});
      keywords.add(m.group(1));
    }
    StringBuilder out = new StringBuilder(text.substring(0, sections.isEmpty() ? text.length() : sections.get(0)[0]));
    for (int i = 0; i < sections.size(); i++) {
      int end = i + 1 < sections.size() ? sections.get(i + 1)[0] : text.length();
      if (!keywords.get(i).startsWith("PROPERT")) {
        out.append(text, sections.get(i)[0], end);
      }
    }
    return out.append("\nPROPERTY ").append(name).append('\n').toString();
  }
}
