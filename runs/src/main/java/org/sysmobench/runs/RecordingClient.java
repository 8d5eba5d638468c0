package org.sysmobench.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.ProviderCallException;
import org.sysmobench.model.RunId;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.LlmCallRecord;
import org.sysmobench.store.RunStore;

/**
 * Wraps a cell's model client so that every finished call is stored the moment it returns (prompt and
 * answer as artifacts, tokens and cost in the index), whatever the author does next: a call paid for is
 * never lost, even if the author later fails or the process is killed. Also holds the run-wide LLM
 * concurrency permit for the duration of each call.
 */
final class RecordingClient implements LlmClient {
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  /** The finish reason stored for a call that failed with the spend unknown. */
  static final String PROVIDER_FAILURE = "PROVIDER_FAILURE";

  private final LlmClient inner;
  private final RunStore store;
  private final RunId run;
  private final CellKey cell;
  private final int attempt;
  private final Semaphore llmSlots;
  private final RunTally tally;
  private final AtomicInteger seq = new AtomicInteger();

  RecordingClient(LlmClient inner, RunStore store, RunId run, CellKey cell, int attempt, Semaphore llmSlots,
      RunTally tally) {
    this.inner = inner;
    this.store = store;
    this.run = run;
    this.cell = cell;
    this.attempt = attempt;
    this.llmSlots = llmSlots;
    this.tally = tally;
  }

  @Override
  public String modelName() {
    return inner.modelName();
  }

  @Override
  public Completion complete(ChatRequest request) {
    Completion c;
    llmSlots.acquireUninterruptibly();
    try {
      c = inner.complete(request);
    } catch (ProviderCallException e) {
      if (e.spendUnknown()) {
        recordUnknownSpend(request, e);
      }
      throw e;
    } finally {
      llmSlots.release();
    }
    String prompt = store.artifacts().put(requestJson(request));
    String answer = store.artifacts().put(c.text());
    boolean priced = c.cost() instanceof Cost.Known;
    BigDecimal usd = c.cost() instanceof Cost.Known k ? k.usd() : BigDecimal.ZERO;
    store.recordLlmCall(run, cell, new LlmCallRecord(attempt, seq.getAndIncrement(), "call", prompt, answer,
        c.usage().inputTokens(), c.usage().cachedInputTokens(), c.usage().outputTokens(), c.usage().reasoningTokens(),
        usd, priced, c.fromCache(), c.finishReason().name(), c.truncated(), c.latency().toMillis()));
    tally.add(c.usage().inputTokens(), c.usage().outputTokens(), c.fromCache(), priced, usd);
    return c;
  }

  /**
   * A call that failed after the provider had accepted it: no answer, but the provider may have billed
   * tokens, so it is stored as a call of unknown cost (reports and the progress line count it apart).
   */
  private void recordUnknownSpend(ChatRequest request, ProviderCallException e) {
    String prompt = store.artifacts().put(requestJson(request));
    String failure = store.artifacts().put("provider failure: " + e.getMessage() + "\n");
    store.recordLlmCall(run, cell, new LlmCallRecord(attempt, seq.getAndIncrement(), "call", prompt, failure, 0, 0, 0, 0,
        BigDecimal.ZERO, false, false, PROVIDER_FAILURE, false, 0));
    tally.add(0, 0, false, false, BigDecimal.ZERO);
  }

  static String requestJson(ChatRequest request) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sampleIndex", request.sampleIndex());
    m.put("messages", request.messages().stream()
        .map(msg -> Map.of("role", msg.role().name().toLowerCase(java.util.Locale.ROOT), "text", msg.text()))
        .toList());
    try {
      return JSON.writeValueAsString(m) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
