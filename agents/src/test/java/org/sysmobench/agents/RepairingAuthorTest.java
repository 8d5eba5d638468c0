package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.fixture.ProviderServer;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.tasks.Task;

@Tag("llm")
class RepairingAuthorTest {
  static final String FEEDBACK = "syntax: Unknown operator: `Foo' at line 7, column 14 of module ToyLock";

  @TempDir Path cache;
  final Task task = AuthorRig.task();

  /** A scripted critic: the given verdicts in order, recording what it reviewed. */
  static final class ScriptedCritic implements SpecCritic {
    final List<Critique> script;
    final List<String> reviewed = Collections.synchronizedList(new ArrayList<>());

    ScriptedCritic(Critique... script) {
      this.script = new ArrayList<>(List.of(script));
    }

    @Override
    public Critique review(String specText, String cfgText) {
      reviewed.add(specText);
      return script.remove(0);
    }
  }

  @Test
  void feedsTheCriticsDiagnosticsBackAndStopsWhenItAccepts() {
    String broken = AuthorRig.module("ToyLock").replace("Next ==", "Next == Foo \\/");
    ScriptedCritic critic = new ScriptedCritic(new SpecCritic.Critique(false, FEEDBACK),
        new SpecCritic.Critique(true, "all phases pass"));
    SpecAuthor author = Authors.standard(AuthorOptions.defaults().withCritics(t -> critic)).get("repair(basic)");
    assertThat(author.id()).isEqualTo("repair(basic)");
    try (ProviderServer server = new ProviderServer("openai-chat")
        .then("```tla\n" + broken + "```").then("Fixed:\n```tla\n" + AuthorRig.module("ToyLock") + "```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 1, 7));

      assertThat(critic.reviewed).containsExactly(broken, AuthorRig.module("ToyLock"));
      assertThat(server.requests()).hasSize(2);
      JsonNode repair = server.requests().get(1).path("messages");
      assertThat(repair).hasSize(4);
      assertThat(repair.get(0).path("content").asText()).as("same system prefix")
          .isEqualTo(server.requests().get(0).path("messages").get(0).path("content").asText());
      assertThat(repair.get(2).path("role").asText()).isEqualTo("assistant");
      assertThat(repair.get(2).path("content").asText()).contains("Next == Foo");
      String prompt = repair.get(3).path("content").asText();
      assertThat(prompt).contains(FEEDBACK, "repair round 1 of 3", broken.strip(), "SPECIFICATION Spec",
          "named exactly `ToyLock`");

      assertThat(d.specText()).isEqualTo(AuthorRig.module("ToyLock"));
      assertThat(d.transcript().exchanges()).extracting(Transcript.Exchange::step).containsExactly("write", "repair:1");
      assertThat(d.transcript().exchanges().get(1).promptVersion())
          .isEqualTo("repair/1+basic-write/1+requirements/1+system-sources/1");
      assertThat(d.transcript().exchanges().get(1).request().sampleIndex()).isEqualTo(1);
      assertThat(d.transcript().notes()).anyMatch(n -> n.startsWith("repair:1: critic feedback:") && n.contains(FEEDBACK))
          .anyMatch(n -> n.startsWith("repair:2: the critic accepts the draft"));
    }
  }

  @Test
  void stopsAfterTheConfiguredRoundsAndRepairsAnAnswerWithoutModuleWithoutAskingTheCritic() {
    ScriptedCritic critic = new ScriptedCritic(new SpecCritic.Critique(false, "runtime: deadlock after 3 steps"));
    SpecAuthor author = Authors.standard(AuthorOptions.defaults().withRepairRounds(2).withCritics(t -> critic))
        .get("repair(basic)");
    try (ProviderServer server = new ProviderServer("anthropic-messages")
        .then("Sorry, here is an outline only.")
        .then("```tla\n" + AuthorRig.module("ToyLock") + "```")
        .then("```tla\n" + AuthorRig.module("ToyLock").replace("FALSE]", "FALSE ]") + "```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "claude-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 7));

      assertThat(server.requests()).hasSize(3);
      assertThat(critic.reviewed).hasSize(1);
      assertThat(server.requests().get(1).toString()).contains("No TLA+ module could be extracted");
      assertThat(server.requests().get(2).toString()).contains("runtime: deadlock after 3 steps", "round 2 of 2");
      assertThat(d.transcript().exchanges()).extracting(Transcript.Exchange::step)
          .containsExactly("write", "repair:1", "repair:2");
      assertThat(d.transcript().notes()).contains("repair: used all 2 rounds; returning the last draft");
      assertThat(d.specText()).contains("FALSE ]");
    }
  }

  @Test
  void aFailingCriticStopsTheLoopWithTheCurrentDraft() {
    SpecCritic broken = (spec, cfg) -> {
      throw new IllegalStateException("TLC pool is down");
    };
    SpecAuthor author = Authors.standard(AuthorOptions.defaults().withCritics(t -> broken)).get("repair(basic)");
    try (ProviderServer server = new ProviderServer("openai-chat").then("```tla\n" + AuthorRig.module("ToyLock") + "```");
         LlmClients clients = AuthorRig.clients()) {
      Draft d = author.write(new AuthoringRequest(task, AuthorRig.client(clients, server, "gpt-local"),
          AuthorRig.sources(task, cache), List.of(), 0, 7));
      assertThat(d.specText()).isEqualTo(AuthorRig.module("ToyLock"));
      assertThat(d.transcript().notes()).anyMatch(n -> n.contains("the critic failed") && n.contains("TLC pool is down"));
    }
  }
}
