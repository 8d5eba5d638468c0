package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.fixture.ProviderServer;
import org.sysmobench.agents.properties.PropertyAuthor;
import org.sysmobench.agents.properties.PropertyAuthors;
import org.sysmobench.agents.properties.PropertyDraft;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.tasks.Task;

/**
 * The invariants track's authors against a local server speaking the providers' wire formats: what they
 * send (sources, brief, the contract's vocabulary, the sheet's rules), what they keep of the answer, and
 * what the repair loop passes back (the critic's words only).
 */
@Tag("llm")
class PropertyAuthorsTest {
  static final String SHEET = """
      \\* property safety: at most one thread holds the lock
      MutualExclusion == \\A a, b \\in Threads : holds[a] /\\ holds[b] => a = b
      """;

  @TempDir Path cache;
  final Task task = AuthorRig.task();

  AuthoringRequest request(LlmClients clients, ProviderServer server, String model) {
    return new AuthoringRequest(task, AuthorRig.client(clients, server, model), AuthorRig.sources(task, cache),
        List.of(), 0, 7);
  }

  @Test
  void basicSendsSourcesBriefAndVocabularyAndKeepsOnlyTheSheet() {
    String answer = "Here are the properties.\n\n```tla\n" + SHEET + "```\n\nThat is all.\n";
    PropertyAuthor basic = PropertyAuthors.withoutCritic(1).get("basic");
    try (ProviderServer server = new ProviderServer("anthropic-messages").then(answer);
         LlmClients clients = AuthorRig.clients()) {
      PropertyDraft d = basic.write(request(clients, server, "claude-local"));

      String body = server.bodies().get(0);
      assertThat(body).contains("synchronized boolean acquire(String t)", "threads first request the lock",
          "Request(t)", "holds", "\\\\* property <kind>", "no MODULE header", "only the first " + PropertyAuthors.LIMIT);
      assertThat(body).as("the spec track's requirements are not asked for").doesNotContain("---- MODULE ToyLock ----");
      assertThat(d.sheet()).isEqualTo(SHEET);
      assertThat(d.extractionProblem()).isEmpty();
      assertThat(d.transcript().exchanges()).singleElement().satisfies(e -> {
        assertThat(e.step()).isEqualTo("properties");
        assertThat(e.promptVersion()).startsWith("properties-write/1");
      });
    }
  }

  @Test
  void anAnswerWithoutSheetIsADraftThatSaysWhy() {
    try (ProviderServer server = new ProviderServer("openai-chat").then("I cannot find any property.");
         LlmClients clients = AuthorRig.clients()) {
      PropertyDraft d = PropertyAuthors.withoutCritic(1).get("basic").write(request(clients, server, "gpt-local"));
      assertThat(d.sheet()).isEmpty();
      assertThat(d.extractionProblem()).contains("no property sheet in the answer");
    }
  }

  @Test
  void repairSendsTheCriticsWordsBackAndReturnsTheRepairedSheet() {
    String repaired = SHEET + "\\* property safety: waiters hold nothing\nWaitersHoldNothing == \\A t \\in waiting : ~holds[t]\n";
    List<String> reviewed = new ArrayList<>();
    PropertyAuthors authors = PropertyAuthors.of(1, t -> sheet -> {
      reviewed.add(sheet);
      return new SpecCritic.Critique(false, "NobodyWaits: does not hold on the learning trace handover");
    });
    try (ProviderServer server = new ProviderServer("openai-chat")
             .then("```tla\n" + SHEET + "\\* property safety: nobody waits\nNobodyWaits == waiting = {}\n```")
             .then("```tla\n" + repaired + "```");
         LlmClients clients = AuthorRig.clients()) {
      PropertyDraft d = authors.get("repair(basic)").write(request(clients, server, "gpt-local"));

      assertThat(reviewed).singleElement().satisfies(s -> assertThat(s).contains("NobodyWaits"));
      assertThat(server.bodies()).hasSize(2);
      assertThat(server.bodies().get(1)).contains("does not hold on the learning trace handover", "repair round 1 of 1");
      assertThat(d.sheet()).isEqualTo(repaired);
      assertThat(d.transcript().exchanges()).extracting(Transcript.Exchange::step)
          .containsExactly("properties", "repair:1");
    }
  }

  @Test
  void unknownAuthorsAndNestedRepairsAreRefused() {
    PropertyAuthors authors = PropertyAuthors.withoutCritic(1);
    assertThatThrownBy(() -> authors.get("trace-learning")).hasMessageContaining("known: [basic, repair(basic)]");
    assertThatThrownBy(() -> authors.get("repair(repair(basic))")).hasMessageContaining("repair loop inside");
  }
}
