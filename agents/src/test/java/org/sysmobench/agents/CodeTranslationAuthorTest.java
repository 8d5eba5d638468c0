package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.fixture.ProviderServer;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.tasks.Task;

@Tag("llm")
class CodeTranslationAuthorTest {
  @TempDir Path cache;
  final Task task = AuthorRig.task();

  @Test
  void translatesEachMethodThenAssemblesTheFragments() {
    SpecAuthor author = Authors.standard(AuthorOptions.defaults()).get("code-translation");
    try (ProviderServer server = new ProviderServer("openai-chat")
        .then("```tla\nRequest(t) == waiting' = waiting \\cup {t} /\\ UNCHANGED holds\n```")
        .then("Acquire(t) == t \\in waiting /\\ holds' = [holds EXCEPT ![t] = TRUE]")
        .then("```tla\nRelease(t) == holds[t] /\\ holds' = [holds EXCEPT ![t] = FALSE]\n```")
        .then("```tla\n" + AuthorRig.module("ToyLock") + "```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 3));

      List<JsonNode> requests = server.requests();
      assertThat(requests).hasSize(4);
      String system0 = requests.get(0).path("messages").get(0).path("content").asText();
      for (JsonNode r : requests) {
        assertThat(r.path("messages").get(0).path("content").asText()).as("same cached prefix").isEqualTo(system0);
      }
      assertThat(system0).contains("synchronized void request(String t)");
      String unit1 = requests.get(0).path("messages").get(1).path("content").asText();
      assertThat(unit1).contains("`ToyLock.request` from ToyLock.java (lines 6-6)", "unit 1 of 3", "- Request(t)",
          "waiting.add(t)");
      assertThat(requests.get(1).path("messages").get(1).path("content").asText())
          .contains("`ToyLock.acquire`", "holder = t;");
      String assemble = requests.get(3).path("messages").get(1).path("content").asText();
      assertThat(assemble).contains("### ToyLock.java:ToyLock.request (lines 6-6)",
          "Request(t) == waiting' = waiting \\cup {t} /\\ UNCHANGED holds",
          "Acquire(t) == t \\in waiting", "---- MODULE ToyLock ----", "threads first request the lock")
          .doesNotContain("```tla\nRequest");

      assertThat(d.specText()).isEqualTo(AuthorRig.module("ToyLock"));
      assertThat(d.transcript().exchanges()).extracting(Transcript.Exchange::step).containsExactly(
          "translate:ToyLock.java:ToyLock.request", "translate:ToyLock.java:ToyLock.acquire",
          "translate:ToyLock.java:ToyLock.release", "assemble");
      assertThat(d.transcript().promptVersions())
          .containsExactly("translate-unit/1+system-sources/1", "translate-assemble/1+requirements/1+system-sources/1");
      assertThat(d.transcript().notes()).contains("split 1 source files into 3 units");
    }
  }

  @Test
  void capsTheUnitsWithASeededChoiceAndRecordsWhichWereLeftOut() {
    SpecAuthor author = Authors.standard(AuthorOptions.defaults().withMaxTranslationUnits(2)).get("code-translation");
    try (ProviderServer server = new ProviderServer("anthropic-messages")
        .then("A == TRUE").then("B == TRUE").then("```tla\n" + AuthorRig.module("ToyLock") + "```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "claude-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 11));

      assertThat(server.requests()).hasSize(3);
      assertThat(d.transcript().notes()).anyMatch(n -> n.startsWith("translating 2 of 3 units (chosen with seed 11);"
          + " left out: ToyLock.java:"));
      assertThat(d.specText()).isNotEmpty();
    }
  }
}
