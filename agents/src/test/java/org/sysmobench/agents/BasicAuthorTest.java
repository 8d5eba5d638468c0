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
class BasicAuthorTest {
  @TempDir Path cache;
  final Task task = AuthorRig.task();
  final SpecAuthor basic = Authors.standard(AuthorOptions.defaults()).get("basic");

  @Test
  void sendsSourcesFirstThenBriefContractAndRequirements_andStripsProseAndFences() {
    String answer = "Here is the specification you asked for.\n\n```tla\n" + AuthorRig.module("ToyLock")
        + "```\n\nIt models request, acquire and release.\n";
    try (ProviderServer server = new ProviderServer("openai-chat").then(answer);
         LlmClients clients = AuthorRig.clients()) {
      Draft d = basic.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 7));

      JsonNode body = server.requests().get(0);
      JsonNode messages = body.path("messages");
      assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
      String system = messages.get(0).path("content").asText();
      String user = messages.get(1).path("content").asText();
      assertThat(system).contains("===== file: ToyLock.java (Java) =====", "synchronized boolean acquire(String t)");
      assertThat(user)
          .contains("threads first request the lock")
          .contains("- Request(t)", "- Acquire(t)", "- Release(t)")
          .contains("- holds \\in [Threads -> BOOLEAN]", "- waiting \\in SUBSET Threads")
          .contains("---- MODULE ToyLock ----", "`Spec`", "Threads = {\"t1\", \"t2\"}")
          .contains("SequencesExt", "FiniteSetsExt", "Functions", "ASCII")
          .doesNotContain("{{");
      assertThat(user).doesNotContain("synchronized");
      assertThat(server.bodies().get(0)).as("no machine-specific path in a prompt (it is part of the cache key)")
          .doesNotContain(cache.toString()).doesNotContain(AuthorRig.TOY_LOCK.toAbsolutePath().normalize().toString());

      assertThat(d.specText()).isEqualTo(AuthorRig.module("ToyLock"));
      assertThat(d.extractionProblem()).isEmpty();
      assertThat(d.cfgFromTask()).isTrue();
      assertThat(d.cfgText()).isEqualTo("SPECIFICATION Spec\nCONSTANTS\n  Threads = {\"t1\", \"t2\"}\n");
      assertThat(d.transcript().exchanges()).hasSize(1);
      Transcript.Exchange e = d.transcript().exchanges().get(0);
      assertThat(e.step()).isEqualTo("write");
      assertThat(e.promptVersion()).isEqualTo("basic-write/1+requirements/1+system-sources/1");
      assertThat(e.completion().text()).isEqualTo(answer);
      assertThat(d.transcript().notes()).anyMatch(n -> n.contains("before the module header"))
          .anyMatch(n -> n.contains("after the module's closing"))
          .anyMatch(n -> n.contains("built one from the task"));
    }
  }

  @Test
  void acceptsJsonAnswersWithSpecAndCfg_overAnthropicWire() {
    String json = "{\"spec\": " + quoted(AuthorRig.module("ToyLock"))
        + ", \"cfg\": \"CONSTANTS Threads = {\\\"t1\\\"}\\nSPECIFICATION Spec\"}";
    try (ProviderServer server = new ProviderServer("anthropic-messages").then("```json\n" + json + "\n```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = basic.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "claude-local"),
          AuthorRig.sources(task, cache), List.of(), 2, 7));

      JsonNode body = server.requests().get(0);
      assertThat(body.path("system").toString()).contains("ToyLock.java");
      assertThat(body.path("messages").get(0).path("content").toString()).contains("Acquire(t)");
      assertThat(d.specText()).isEqualTo(AuthorRig.module("ToyLock"));
      assertThat(d.cfgFromTask()).isFalse();
      assertThat(d.cfgText()).isEqualTo("CONSTANTS Threads = {\"t1\"}\nSPECIFICATION Spec\n");
      assertThat(d.transcript().exchanges().get(0).request().sampleIndex()).isEqualTo(2);
      assertThat(d.transcript().notes()).anyMatch(n -> n.contains("JSON object"));
    }
  }

  @Test
  void takesASeparateCfgBlock_andKeepsAWrongModuleNameWithANote() {
    String answer = "```tla\n" + AuthorRig.module("Lock") + "```\n```cfg\nSPECIFICATION Spec\nCONSTANT Threads = {\"a\"}\n```\n";
    try (ProviderServer server = new ProviderServer("openai-chat").then(answer);
         LlmClients clients = AuthorRig.clients()) {
      Draft d = basic.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 7));

      assertThat(d.specText()).startsWith("---- MODULE Lock ----");
      assertThat(d.cfgFromTask()).isFalse();
      assertThat(d.cfgText()).isEqualTo("SPECIFICATION Spec\nCONSTANT Threads = {\"a\"}\n");
      assertThat(d.transcript().notes())
          .anyMatch(n -> n.contains("the module is named Lock but the task requires ToyLock; kept as written"));
    }
  }

  @Test
  void truncatedAnswerWithoutClosingRuleIsAnExtractionProblem() {
    String cut = "```tla\n---- MODULE ToyLock ----\nEXTENDS Naturals\nVARIABLES holds, waiting\nInit == holds = ";
    try (ProviderServer server = new ProviderServer("anthropic-messages")
        .then(new ProviderServer.Answer(cut, true));
         LlmClients clients = AuthorRig.clients()) {
      Draft d = basic.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "claude-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 7));

      assertThat(d.specText()).isEmpty();
      assertThat(d.extractionProblem()).contains("cut off", "LENGTH", "max_tokens", "before its closing ==== line");
      assertThat(d.transcript().exchanges().get(0).completion().truncated()).isTrue();
    }
  }

  @Test
  void answerWithoutAnyModuleSaysSo() {
    try (ProviderServer server = new ProviderServer("openai-chat").then("I cannot help with that.");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = basic.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 7));
      assertThat(d.specText()).isEmpty();
      assertThat(d.extractionProblem()).isEqualTo("no TLA+ module header (---- MODULE ToyLock ----) in the answer");
    }
  }

  static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
