package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.fixture.ProviderServer;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.tasks.Task;

@Tag("llm")
class TranscriptJsonTest {
  @TempDir Path cache;
  @TempDir Path out;

  @Test
  void recordsEveryExchangeCompletelyAndNeverTheKey() throws Exception {
    Task task = AuthorRig.task();
    SpecAuthor author = Authors.standard(AuthorOptions.defaults()).get("code-translation");
    try (ProviderServer server = new ProviderServer("openai-chat")
        .then("A == 1").then("B == 2").then("C == 3").then("```tla\n" + AuthorRig.module("ToyLock") + "```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 3));
      String json = new TranscriptJson().toPrettyString(
          new TranscriptJson.Header(author.id(), "gpt-local", "toy-lock", 0, 3), d);
      Files.writeString(out.resolve("transcript.json"), json);
      Files.writeString(out.resolve("ToyLock.tla"), d.specText());
      Files.writeString(out.resolve("ToyLock.cfg"), d.cfgText());

      JsonNode n = new ObjectMapper().readTree(json);
      assertThat(n.path("schema").asText()).isEqualTo("sysmobench-transcript");
      assertThat(n.path("exchanges")).hasSize(4);
      JsonNode e = n.path("exchanges").get(3);
      assertThat(e.path("step").asText()).isEqualTo("assemble");
      assertThat(e.path("messages").get(0).path("role").asText()).isEqualTo("system");
      assertThat(e.path("messages").get(1).path("text").asText()).contains("### ToyLock.java:ToyLock.request");
      assertThat(e.path("response").path("text").asText()).contains("---- MODULE ToyLock ----");
      assertThat(e.path("response").path("cache_key").asText()).hasSize(64);
      assertThat(e.path("response").path("latency_ms").isNumber()).isTrue();
      assertThat(e.path("usage").path("input_tokens").asLong()).isEqualTo(1000);
      assertThat(e.path("cost").path("usd").asText()).isNotEmpty();
      assertThat(n.path("totals").path("exchanges").asInt()).isEqualTo(4);
      assertThat(n.path("prompt_versions")).hasSize(2);

      for (Path f : List.of(out.resolve("transcript.json"), out.resolve("ToyLock.tla"), out.resolve("ToyLock.cfg"))) {
        String text = Files.readString(f);
        assertThat(text).doesNotContain(AuthorRig.OPENAI_KEY).doesNotContain("SENTINEL")
            .doesNotContain("Authorization");
      }
    }
  }
}
