package org.sysmobench.agents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.Message;
import org.sysmobench.llm.Usage;

/**
 * A draft and its transcript as JSON.
 *
 * <p>Design note (format {@code sysmobench-transcript}, version 1). One object: {@code schema},
 * {@code version}, {@code author}, {@code model}, {@code task}, {@code sample}, {@code seed}, the
 * draft's outcome ({@code spec_extracted}, {@code extraction_problem}, {@code cfg_from_task}; for an
 * invariants-track draft {@code sheet_extracted} and {@code extraction_problem}),
 * {@code prompt_versions}, {@code notes} (the author's decisions, in order) and {@code exchanges}: per
 * exchange its {@code step}, {@code prompt_version}, {@code sample_index}, {@code messages} (role and
 * full text), the {@code response} (text, reasoning text, finish reason, truncated, from_cache,
 * cache_key, latency_ms, attempts), {@code usage} and {@code cost} ({@code usd} as a decimal string, or
 * {@code unknown} with the reason), and run totals. It holds only what the author saw and got: never a
 * header, never a key. New fields may be added within version 1; a renamed or removed field bumps it.
 */
public final class TranscriptJson {
  public static final String SCHEMA = "sysmobench-transcript";
  public static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Who wrote the draft, for the header.
   *
   * @param author the author id
   * @param model the catalog model name
   * @param task the task id
   * @param sample the sample index
   * @param seed the request seed
   */
  public record Header(String author, String model, String task, int sample, long seed) {}

  public ObjectNode toJson(Header header, Draft draft) {
    ObjectNode root = header(header);
    root.put("spec_extracted", !draft.specText().isEmpty());
    root.put("extraction_problem", draft.extractionProblem());
    root.put("cfg_from_task", draft.cfgFromTask());
    return body(root, draft.transcript());
  }

  /** An invariants-track author's draft: {@code sheet_extracted} and {@code extraction_problem} for the spec fields. */
  public ObjectNode toJson(Header header, org.sysmobench.agents.properties.PropertyDraft draft) {
    ObjectNode root = header(header);
    root.put("sheet_extracted", !draft.sheet().isEmpty());
    root.put("extraction_problem", draft.extractionProblem());
    return body(root, draft.transcript());
  }

  public String toPrettyString(Header header, org.sysmobench.agents.properties.PropertyDraft draft) {
    return toJson(header, draft).toPrettyString() + "\n";
  }

  private static ObjectNode header(Header header) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("version", VERSION);
    root.put("author", header.author());
    root.put("model", header.model());
    root.put("task", header.task());
    root.put("sample", header.sample());
    root.put("seed", header.seed());
    return root;
  }

  private static ObjectNode body(ObjectNode root, Transcript transcript) {
    ArrayNode versions = root.putArray("prompt_versions");
    transcript.promptVersions().forEach(versions::add);
    ArrayNode notes = root.putArray("notes");
    transcript.notes().forEach(notes::add);
    ArrayNode exchanges = root.putArray("exchanges");
    Usage total = Usage.ZERO;
    java.math.BigDecimal usd = java.math.BigDecimal.ZERO;
    boolean costKnown = true;
    for (Transcript.Exchange e : transcript.exchanges()) {
      exchanges.add(exchange(e));
      total = total.plus(e.completion().usage());
      if (e.completion().cost() instanceof Cost.Known k) {
        usd = usd.add(k.usd());
      } else {
        costKnown = false;
      }
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("exchanges", exchanges.size());
    totals.set("usage", usage(total));
    if (costKnown) {
      totals.put("cost_usd", usd.toPlainString());
    } else {
      totals.put("cost_unknown", "at least one exchange has no price");
    }
    return root;
  }

  public String toPrettyString(Header header, Draft draft) {
    return toJson(header, draft).toPrettyString() + "\n";
  }

  private static ObjectNode exchange(Transcript.Exchange e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("step", e.step());
    n.put("prompt_version", e.promptVersion());
    n.put("sample_index", e.request().sampleIndex());
    ArrayNode messages = n.putArray("messages");
    for (Message m : e.request().messages()) {
      messages.addObject().put("role", m.role().name().toLowerCase(java.util.Locale.ROOT)).put("text", m.text());
    }
    Completion c = e.completion();
    ObjectNode r = n.putObject("response");
    r.put("text", c.text());
    r.put("reasoning_text", c.reasoningText());
    r.put("finish_reason", c.finishReason().name().toLowerCase(java.util.Locale.ROOT));
    r.put("raw_finish_reason", c.rawFinishReason());
    r.put("truncated", c.truncated());
    r.put("from_cache", c.fromCache());
    r.put("cache_key", c.cacheKey());
    r.put("latency_ms", c.latency().toMillis());
    r.put("attempts", c.attempts());
    n.set("usage", usage(c.usage()));
    ObjectNode cost = n.putObject("cost");
    if (c.cost() instanceof Cost.Known k) {
      cost.put("usd", k.usd().toPlainString());
    } else if (c.cost() instanceof Cost.Unknown u) {
      cost.put("unknown", u.why());
    }
    return n;
  }

  private static ObjectNode usage(Usage u) {
    ObjectNode n = JSON.createObjectNode();
    n.put("input_tokens", u.inputTokens());
    n.put("cached_input_tokens", u.cachedInputTokens());
    n.put("cache_write_tokens", u.cacheWriteTokens());
    n.put("output_tokens", u.outputTokens());
    n.put("reasoning_tokens", u.reasoningTokens());
    return n;
  }
}
