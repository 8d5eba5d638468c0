package org.sysmobench.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.agents.AuthorNeed;
import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.Draft;
import org.sysmobench.agents.SpecAuthor;
import org.sysmobench.agents.Transcript;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.text.SpecText;

/**
 * The simplest author ({@code verbatim}): one request with the task's brief and contract, and the answer's
 * {@code tla} block taken as the spec and its {@code cfg} block as the config. It exists so that a run
 * needs nothing beyond the runner (the pseudo-models {@code reference} and {@code mutant:<name>} are
 * meant for it) and as the floor the real authors of the {@code agents} module must beat.
 */
final class VerbatimAuthor implements SpecAuthor {
  static final String ID = "verbatim";
  private static final Pattern BLOCK = Pattern.compile("(?s)```[ \\t]*(\\w*)[^\\n]*\\n(.*?)```");

  @Override
  public String id() {
    return ID;
  }

  /** The brief and the contract only. */
  @Override
  public Set<AuthorNeed> needs() {
    return Set.of();
  }

  @Override
  public Draft write(AuthoringRequest request) {
    Task task = request.task();
    String system = "You write TLA+ specifications of real systems. Answer with one ```tla block holding the"
        + " whole module " + task.spec().module() + " and one ```cfg block holding its TLC configuration.";
    String user = "# Task: " + task.title() + "\n\n" + task.brief() + "\n\n# Contract (use exactly these names)\n\n"
        + contractText(task);
    ChatRequest chat = ChatRequest.of(system, user, request.sample());
    Completion answer = request.model().complete(chat);
    Transcript transcript = new Transcript();
    transcript.add("write", chat, answer);
    Map<String, String> blocks = blocks(answer.text());
    String spec = blocks.getOrDefault("tla", "");
    if (spec.isEmpty()) {
      spec = SpecText.extract(answer.text()).map(SpecText::text).orElse("");
    }
    String problem = spec.isEmpty() ? "no TLA+ module found in the answer" : "";
    String cfg = blocks.getOrDefault("cfg", "");
    boolean cfgFromTask = cfg.isEmpty();
    if (cfgFromTask) {
      cfg = taskConfig(task);
    }
    return new Draft(spec, cfg, cfgFromTask, problem, transcript);
  }

  /** The first block of each language tag ({@code tla}, {@code cfg}); untagged blocks are ignored. */
  static Map<String, String> blocks(String text) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      String lang = m.group(1).toLowerCase(java.util.Locale.ROOT);
      if (lang.equals("tlaplus")) {
        lang = "tla";
      }
      out.putIfAbsent(lang, m.group(2));
    }
    return out;
  }

  static String taskConfig(Task task) {
    StringBuilder sb = new StringBuilder("SPECIFICATION ").append(task.spec().specification()).append('\n');
    if (!task.spec().constants().isEmpty()) {
      sb.append("CONSTANTS\n");
      task.spec().constants().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(v).append('\n'));
    }
    return sb.toString();
  }

  private static String contractText(Task task) {
    Path file = task.folder().resolve("contract.yaml");
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "(none)";
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
