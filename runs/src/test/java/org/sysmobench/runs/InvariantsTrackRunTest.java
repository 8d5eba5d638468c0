package org.sysmobench.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * {@code run} on the invariants track with a real provider's wire format (OpenAI Chat Completions
 * streaming, from a local server), the real scorer, SANY and TLC: the repair author proposes a sheet, sees
 * the learning checks' verdicts (never a hidden mutant's name nor a scoring trace), repairs, and the cell
 * stores the sheet and its discovery result.
 */
@Tag("llm")
@Tag("tlc")
class InvariantsTrackRunTest {
  static final String FIRST = """
      ```tla
      \\* property safety: at most one thread holds the lock
      MutualExclusion == \\A a, b \\in Threads : holds[a] /\\ holds[b] => a = b
      \\* property safety: nobody ever waits
      NobodyWaits == waiting = {}
      ```
      """;
  static final String REPAIRED = """
      ```tla
      \\* property safety: at most one thread holds the lock
      MutualExclusion == \\A a, b \\in Threads : holds[a] /\\ holds[b] => a = b
      \\* property safety: a waiting thread does not hold the lock
      WaitersHoldNothing == \\A t \\in waiting : ~holds[t]
      ```
      """;

  @TempDir Path dir;
  HttpServer server;
  final List<String> bodies = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] body = FakeProviderRunTest.stream(bodies.size() == 1 ? FIRST : REPAIRED).getBytes(StandardCharsets.UTF_8);
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

  ModelCatalog catalog() {
    return ModelCatalog.parse("""
        version: 1
        providers:
          fake: {protocol: openai-chat, base_url: "http://127.0.0.1:%d/v1", key_env: "", max_connections: 1}
        models:
          fake-model: {provider: fake, model: fake-1}
        """.formatted(server.getAddress().getPort()), "test catalog");
  }

  @Test
  void theRepairAuthorLearnsFromLearningChecksOnlyAndTheCellStoresItsScore() {
    RunId run = RunId.of("invariants");
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, catalog(), RunListener.NONE);
      RunSettings settings = RunSettings.of(List.of(ToyLockRig.TOY_LOCK), List.of(ModelId.of("fake-model")),
          List.of("invariants:repair(basic)")).withSeed(7).withConcurrency(1, 1);
      RunSummary summary = runner.start(run, settings, List.of("run", "--track", "invariants"));

      assertThat(summary.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(bodies).hasSize(2);
      // the critic's words come back: the false property, judged on what the agent may see
      assertThat(bodies.get(1)).contains("NobodyWaits", "false").contains("does not hold on the reference");
      // and nothing the score depends on: no hidden mutant, no scoring trace
      for (String secret : List.of("lone-waiter-skips-check", "acquire-keeps-waiting", "holder-requests-again",
          "no-acquire-fairness", "handover", "reacquire", "hidden mutant")) {
        assertThat(bodies.get(1)).doesNotContain(secret);
      }
      CellRecord cell = store.cells(run).get(0);
      assertThat(cell.status()).isEqualTo(CellStatus.DONE);
      assertThat(store.artifacts().read(cell.artifacts().get(PropertyCell.SHEET))).contains("WaitersHoldNothing")
          .doesNotContain("NobodyWaits");
      DiscoveryResult result = DiscoveryResultJson.read(store.artifacts().read(cell.artifacts()
          .get(PropertyCell.resultRole(1))));
      assertThat(result.properties()).allSatisfy(p -> assertThat(p.status()).isEqualTo(PropertyStatus.ACCEPTED));
      assertThat(result.score()).isGreaterThan(0.5);
    }
  }

  @Test
  void aTaskWithoutHiddenMutantsOrAPseudoModelIsRefusedBeforeAnythingRuns() {
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, catalog(), RunListener.NONE);
      assertThatThrownBy(() -> runner.plan(RunId.of("ref"), RunSettings.of(List.of(ToyLockRig.TOY_LOCK),
          List.of(ModelId.of("reference")), List.of("invariants:basic"))))
          .hasMessageContaining("pseudo-models are a task's own specs");
      assertThat(bodies).isEmpty();
    }
  }
}
