package org.sysmobench.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.llm.client.CallObserver;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.client.RetryPolicy;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.RunId;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.LlmCallRecord;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * A priced model behind a local server speaking the OpenAI Chat Completions streaming wire format. The
 * model answers prose with no module, so every cell is a model failure scored 0 without TLC work (and
 * the tests stay fast): budget stops, resumes that never pay twice, infrastructure failures.
 */
@Tag("llm")
class FakeProviderRunTest {
  static final String ANSWER = "I am sorry, I cannot write TLA+ today.";

  @TempDir Path dir;
  HttpServer server;
  final AtomicInteger requests = new AtomicInteger();
  /** The HTTP status the server answers with (200: a streamed answer; 400: a rejection, not retried). */
  volatile int status = 200;
  /** The server closes each stream cleanly before [DONE], as a provider or proxy at fault may. */
  volatile boolean cutBeforeDone;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      if (status != 200) {
        byte[] err = "{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, err.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(err);
        }
        return;
      }
      String text = stream(ANSWER);
      byte[] body = (cutBeforeDone ? text.substring(0, text.indexOf("data: [DONE]")) : text)
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** One streamed answer: a text delta, the stop reason, usage (1000 in, 1000 out), [DONE]. */
  static String stream(String text) throws IOException {
    ObjectMapper json = new ObjectMapper();
    String head = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764380000,\"model\":\"fake-1\",";
    return "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":"
        + json.writeValueAsString(text) + "},\"finish_reason\":null}],\"usage\":null}\n\n"
        + "data: " + head + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
        + "data: " + head + "\"choices\":[],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":1000,"
        + "\"total_tokens\":2000}}\n\n"
        + "data: [DONE]\n\n";
  }

  ModelCatalog catalog() {
    return ModelCatalog.parse("""
        version: 1
        providers:
          fake: {protocol: openai-chat, base_url: "http://127.0.0.1:%d/v1", key_env: "", max_connections: 1}
        models:
          fake-priced:
            provider: fake
            model: fake-1
            price: {input: 10, output: 10, effective: 2026-01-01, source: "test: $0.02 per call"}
        """.formatted(server.getAddress().getPort()), "test catalog");
  }

  /**
   * A cell whose process died after its LLM call returned but before it was scored: the resume asks the
   * same request again and gets it from the results folder's cache, paying nothing.
   */
  @Test
  void aResumedCellGetsItsAnswerFromTheCacheAndPaysNothing() {
    RunId run = RunId.of("cached");
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, catalog(), RunListener.NONE);
      runner.start(run, ToyLockRig.settings(2, "fake-priced").withConcurrency(1, 1), List.of("run"));
      assertThat(requests.get()).isEqualTo(2);
      CellRecord cell = store.cells(run).get(0);
      // as if killed between the answer and the score: the cell goes back to the plan, its call stays recorded
      store.startCell(run, cell.key());
      store.resetCell(run, cell.key(), "simulated crash");

      RunSummary resumed = runner.resume(run, List.of("run", "--resume"), 2);

      assertThat(resumed.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(requests.get()).as("no new request reached the provider").isEqualTo(2);
      List<LlmCallRecord> calls = store.llmCalls(run, cell.key());
      assertThat(calls).extracting(LlmCallRecord::attempt).containsExactly(1, 3);
      assertThat(calls.get(1).fromCache()).isTrue();
      assertThat(calls.get(1).spentUsd()).isZero();
      assertThat(resumed.spentUsd()).isEqualByComparingTo("0.04");
    }
  }

  /** Provider errors are the infrastructure's fault: retried a bounded number of times, never scored. */
  @Test
  void providerErrorsAreRetriedThenLeftUnscoredForAResume() {
    RunId run = RunId.of("infra");
    status = 400;
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, catalog(), RunListener.NONE);
      RunSummary first = runner.start(run, ToyLockRig.settings(1, "fake-priced").withConcurrency(1, 1),
          List.of("run"));
      assertThat(first.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(first.infraFailed()).isEqualTo(1);
      assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains("infrastructure"));
      CellRecord failed = store.cells(run).get(0);
      assertThat(failed.status()).isEqualTo(CellStatus.INFRA_FAILED);
      assertThat(failed.failure()).isEqualTo(FailureClass.INFRA);
      assertThat(failed.failureMessage()).contains("ProviderCallException");
      assertThat(failed.attempts()).isEqualTo(2);
      assertThat(store.scorings(run, 1)).isEmpty();

      status = 200;
      RunSummary resumed = runner.resume(run, List.of("run", "--resume"), 2);
      assertThat(resumed.infraFailed()).isZero();
      assertThat(resumed.done()).isEqualTo(1);
      assertThat(store.cells(run).get(0).attempts()).isEqualTo(3);
    }
  }

  /**
   * A provider that keeps closing its stream before the end marker is not a model's truncated answer: the
   * cell is a provider failure (not scored, never counted done), its calls are of unknown cost, and a
   * resume retries it.
   */
  @Test
  void aStreamThatKeepsEndingBeforeItsEndMarkerIsAProviderFailureThatAResumeRetries() {
    RunId run = RunId.of("cut");
    cutBeforeDone = true;
    List<String> retries = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    ClientSettings quick = ClientSettings.defaults()
        .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1), 0))
        .withObserver(new CallObserver() {
          @Override
          public void retrying(String model, int attempt, String reason, Duration wait) {
            retries.add(reason);
          }
        });
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, catalog(), RunListener.NONE, quick);
      RunSummary first = runner.start(run, ToyLockRig.settings(1, "fake-priced").withConcurrency(1, 1),
          List.of("run"));

      assertThat(first.infraFailed()).isEqualTo(1);
      assertThat(first.done()).isZero();
      CellRecord failed = store.cells(run).get(0);
      assertThat(failed.status()).isEqualTo(CellStatus.INFRA_FAILED);
      assertThat(failed.failureMessage()).contains("ended before its end marker", "spend unknown");
      assertThat(store.scorings(run, 1)).isEmpty();
      assertThat(retries).isNotEmpty().allSatisfy(r -> assertThat(r).contains("ended before its end marker"));
      List<LlmCallRecord> calls = store.llmCalls(run, failed.key());
      assertThat(calls).hasSize(2).allSatisfy(c -> {
        assertThat(c.costKnown()).as("the provider may have billed it").isFalse();
        assertThat(c.fromCache()).isFalse();
      });

      cutBeforeDone = false;
      RunSummary resumed = runner.resume(run, List.of("run", "--resume"), 2);
      assertThat(resumed.infraFailed()).isZero();
      assertThat(resumed.done()).isEqualTo(1);
    }
  }

  @Test
  void theRunStopsAtItsBudgetAndAResumePaysOnlyForWhatIsLeft() {
    RunId run = RunId.of("budget");
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, catalog(), ToyLockRig.printing());
      RunSettings settings = ToyLockRig.settings(5, "fake-priced").withBudgetUsd("0.05").withConcurrency(1, 1);

      RunSummary first = runner.start(run, settings, List.of("run"));

      // $0.00, $0.02, $0.04 are below $0.05, so three calls start; the fourth check finds $0.06 spent
      assertThat(requests.get()).isEqualTo(3);
      assertThat(first.status()).isEqualTo(RunStatus.STOPPED);
      assertThat(first.done()).isEqualTo(3);
      assertThat(first.notRun()).isEqualTo(2);
      assertThat(first.spentUsd()).isEqualByComparingTo("0.06");
      assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains("budget"));
      assertThat(store.requireRun(run).status()).isEqualTo(RunStatus.STOPPED);
      List<CellRecord> done = store.cells(run).stream().filter(c -> c.status() == CellStatus.DONE).toList();
      assertThat(done).allSatisfy(c -> {
        assertThat(c.failure()).isEqualTo(FailureClass.MODEL);
        assertThat(c.failureMessage()).contains("no TLA+ module");
      });
      assertThat(store.scorings(run, 1)).allSatisfy(s -> assertThat(s.result().overall()).isZero());

      // the same budget again: nothing is left, no call is made
      RunSummary again = runner.resume(run, List.of("run", "--resume"), 2);
      assertThat(again.status()).isEqualTo(RunStatus.STOPPED);
      assertThat(again.notes()).anySatisfy(n -> assertThat(n).contains("is spent ($0.06)"));
      assertThat(requests.get()).isEqualTo(3);

      RunSummary resumed = runner.resume(run, List.of("run", "--resume", "--budget-usd", "1"), 2, "1");
      assertThat(resumed.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(resumed.done()).isEqualTo(5);
      assertThat(requests.get()).isEqualTo(5);
      BigDecimal spent = store.cells(run).stream().flatMap(c -> store.llmCalls(run, c.key()).stream())
          .map(LlmCallRecord::spentUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(spent).isEqualByComparingTo("0.10");
      assertThat(store.requireRun(run).budgetUsd()).isEqualTo("1");
      assertThat(Map.of("calls", store.cells(run).stream().mapToInt(c -> store.llmCalls(run, c.key()).size()).sum()))
          .containsEntry("calls", 5);
    }
  }
}
