package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.fixture.ProviderServer;
import org.sysmobench.agents.prompt.TraceDigest;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.tasks.Task;

@Tag("llm")
class TraceLearningAuthorTest {
  @TempDir Path cache;
  final Task task = AuthorRig.task();

  @Test
  void showsSampledTracesAndContractButNoSourceCode() {
    SpecAuthor author = Authors.standard(AuthorOptions.defaults()).get("trace-learning");
    try (ProviderServer server = new ProviderServer("openai-chat").then("```tla\n" + AuthorRig.module("ToyLock") + "```");
         LlmClients clients = AuthorRig.clients()) {
      // Sources are passed on purpose: the author must not show them.
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), AuthorRig.traces(task), 0, 5));

      String body = server.bodies().get(0);
      String system = server.requests().get(0).path("messages").get(0).path("content").asText();
      String user = server.requests().get(0).path("messages").get(1).path("content").asText();
      assertThat(system).contains("## Execution 1: handover.ndjson (scenario handover;", "seq | node | event | args | state",
          "2 | t1 | Acquire | {\"t\":\"t1\"} | {\"holds\":true}", "## Execution 2: reacquire.ndjson");
      assertThat(user).contains("threads first request the lock", "- Acquire(t)", "---- MODULE ToyLock ----");
      assertThat(body).doesNotContain("synchronized", "ToyLock.java", "holder = t");
      assertThat(d.specText()).isEqualTo(AuthorRig.module("ToyLock"));
      assertThat(d.transcript().exchanges().get(0).promptVersion())
          .isEqualTo("trace-write/1+requirements/1+system-traces/1");
      assertThat(d.transcript().notes()).contains("traces shown: handover.ndjson, reacquire.ndjson");
    }
  }

  @Test
  void samplesTracesWithTheSeedAndCapsEvents() {
    List<Path> traces = AuthorRig.traces(task);
    TraceDigest a = TraceDigest.of(traces, new TraceDigest.Limits(1, 2, 10_000), 1);
    TraceDigest b = TraceDigest.of(traces, new TraceDigest.Limits(1, 2, 10_000), 1);
    assertThat(a).isEqualTo(b);
    assertThat(a.shown()).hasSize(1);
    assertThat(a.notes()).anyMatch(n -> n.equals("sampled 1 of 2 traces with seed 1"))
        .anyMatch(n -> n.startsWith("showed the first 2 of"));
    assertThat(a.text()).contains("more events not shown");
  }
}
