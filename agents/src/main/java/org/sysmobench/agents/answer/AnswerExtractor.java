package org.sysmobench.agents.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sysmobench.llm.Completion;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.text.SpecText;

/**
 * Finds the spec and config in a model's answer. Accepted forms, in order of preference: a JSON object
 * with the module under {@code spec} (or {@code specification}, {@code module}, {@code tla}) and an
 * optional {@code cfg} (or {@code config}, {@code configuration}), bare or in a {@code json} fence; else
 * a module anywhere in the text (fences and prose around it are removed, with a note), with an optional
 * separate cfg block. A wrong module name is kept (the scorer reports it) and noted. Stateless.
 */
public final class AnswerExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([\\w+-]*).*$");
  private static final Set<String> CFG_FENCES = Set.of("cfg", "tlc", "config", "tlc-cfg", "tlc_cfg", "tlcconfig",
      "tlc-config");
  private static final Pattern CFG_START = Pattern.compile(
      "^\\s*(SPECIFICATION|INIT|NEXT|CONSTANTS?|INVARIANTS?|PROPERTY|PROPERTIES|SYMMETRY|CONSTRAINTS?|VIEW)\\b.*");
  private static final List<String> SPEC_FIELDS = List.of("spec", "specification", "module", "tla", "tla_spec");
  private static final List<String> CFG_FIELDS = List.of("cfg", "config", "configuration", "tlc_config", "tlc_cfg");

  /** Extracts from a completion, using its truncation flag to explain a missing module. */
  public ExtractedAnswer extract(Completion completion, Task task) {
    String why = completion.truncated() ? "the answer was cut off (finish reason " + completion.finishReason()
        + (completion.rawFinishReason().isEmpty() ? "" : " / " + completion.rawFinishReason()) + ")" : "";
    return extract(completion.text(), why, task);
  }

  /**
   * Extracts from answer text.
   *
   * @param truncation why the answer is incomplete, or "" when it is complete
   */
  public ExtractedAnswer extract(String answer, String truncation, Task task) {
    List<String> notes = new ArrayList<>();
    String body = answer;
    Optional<String> cfg = Optional.empty();
    Optional<JsonNode> json = jsonObject(answer);
    if (json.isPresent()) {
      Optional<String> spec = field(json.get(), SPEC_FIELDS);
      if (spec.isPresent()) {
        notes.add("the answer is a JSON object; took the module from its spec field");
        body = spec.get();
        cfg = field(json.get(), CFG_FIELDS).filter(s -> !s.isBlank());
      }
    }
    if (cfg.isEmpty()) {
      cfg = cfgBlock(json.isPresent() ? body : answer);
      cfg.ifPresent(c -> notes.add("took the TLC config from a separate cfg block"));
    }
    Optional<SpecText> found = SpecText.extract(body);
    String module = task.spec().module();
    String spec = "";
    String problem = "";
    if (found.isEmpty()) {
      problem = truncation.isEmpty()
          ? "no TLA+ module header (---- MODULE " + module + " ----) in the answer"
          : truncation + " before any module header was written";
    } else {
      SpecText s = found.get();
      boolean unclosed = s.removed().stream().anyMatch(r -> r.startsWith("no closing ===="));
      if (unclosed && !truncation.isEmpty()) {
        problem = truncation + " inside module " + s.moduleName() + ", before its closing ==== line";
      } else {
        spec = s.text();
        notes.addAll(s.removed());
        if (!s.moduleName().equals(module)) {
          notes.add("the module is named " + s.moduleName() + " but the task requires " + module
              + "; kept as written");
        }
        long headers = SpecText.moduleName(body).isPresent() ? countHeaders(body) : 0;
        if (headers > 1) {
          notes.add("the answer holds " + headers + " module headers; took the first module");
        }
      }
    }
    if (!truncation.isEmpty() && problem.isEmpty()) {
      notes.add(truncation + "; the module itself is complete");
    }
    if (cfg.isPresent()) {
      return new ExtractedAnswer(spec, cfg.get().strip() + "\n", false, problem, notes);
    }
    notes.add("the answer gives no TLC config; built one from the task (SPECIFICATION "
        + task.spec().specification() + " and the task's constants)");
    return new ExtractedAnswer(spec, TaskConfig.of(task), true, problem, notes);
  }

  private static long countHeaders(String text) {
    return text.lines().filter(l -> SpecText.moduleName(l).isPresent()).count();
  }

  /** The answer as a JSON object: bare, or the first json-tagged (or untagged) fence holding one. */
  private static Optional<JsonNode> jsonObject(String answer) {
    String t = answer.strip();
    if (t.startsWith("{") && t.endsWith("}")) {
      Optional<JsonNode> n = parseObject(t);
      if (n.isPresent()) {
        return n;
      }
    }
    for (Block b : blocks(answer)) {
      String info = b.info().toLowerCase(Locale.ROOT);
      if ((info.equals("json") || info.isEmpty()) && b.text().strip().startsWith("{")) {
        Optional<JsonNode> n = parseObject(b.text().strip());
        if (n.isPresent()) {
          return n;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> parseObject(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> field(JsonNode object, List<String> names) {
    for (String name : names) {
      JsonNode v = object.get(name);
      if (v != null && v.isTextual()) {
        return Optional.of(v.asText());
      }
    }
    return Optional.empty();
  }

  /** A fenced block tagged as a TLC config, or an untagged one that reads like one. */
  private static Optional<String> cfgBlock(String text) {
    for (Block b : blocks(text)) {
      String info = b.info().toLowerCase(Locale.ROOT);
      boolean tagged = CFG_FENCES.contains(info);
      boolean looksLikeCfg = !b.text().contains("MODULE") && b.text().lines().filter(l -> !l.isBlank())
          .findFirst().map(l -> CFG_START.matcher(l).matches()).orElse(false);
      if ((tagged || looksLikeCfg && !info.equals("tla")) && !b.text().isBlank()) {
        return Optional.of(b.text());
      }
    }
    return Optional.empty();
  }

  private record Block(String info, String text) {}

  private static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    String info = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      var m = FENCE.matcher(line);
      if (m.matches()) {
        if (info == null) {
          info = m.group(2);
          body.setLength(0);
        } else {
          blocks.add(new Block(info, body.toString()));
          info = null;
        }
      } else if (info != null) {
        body.append(line).append('\n');
      }
    }
    return blocks;
  }
}
