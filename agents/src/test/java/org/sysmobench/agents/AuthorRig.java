package org.sysmobench.agents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sysmobench.agents.fixture.ProviderServer;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

/** Shared setup: the toy-lock fixture task, and clients for a local provider server. */
final class AuthorRig {
  /** The check module's fixture task (a module's tests run in its folder). */
  static final Path TOY_LOCK = Path.of("..", "check", "src", "test", "resources", "tasks", "toy-lock");
  static final String OPENAI_KEY = "sk-SENTINEL-agents-openai-7c1d9e2f3a4b5c6d";
  static final String ANTHROPIC_KEY = "fake-ant-SENTINEL-agents-anthropic-0f9e8d7c6b5a";

  private AuthorRig() {}

  static Task task() {
    return TaskLoader.load(TOY_LOCK);
  }

  static List<SourceFile> sources(Task task, Path cache) {
    return SourceMaterializer.standard(cache).materialize(task);
  }

  static List<Path> traces(Task task) {
    try (Stream<Path> s = Files.list(task.traces().folder())) {
      return s.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelCatalog catalog(ProviderServer server) {
    return ModelCatalog.parse("""
        version: 1
        providers:
          local-openai:
            protocol: openai-chat
            base_url: %1$s/v1
            key_env: AGENTS_TEST_OPENAI_KEY
          local-anthropic:
            protocol: anthropic-messages
            base_url: %1$s
            key_env: AGENTS_TEST_ANTHROPIC_KEY
            headers: {anthropic-version: "2023-06-01"}
        models:
          gpt-local:
            provider: local-openai
            model: gpt-local-1
            params: {max_tokens: 4000}
            price: {input: 1.25, cached_input: 0.125, output: 10, effective: 2026-11-29, source: test}
          claude-local:
            provider: local-anthropic
            model: claude-local-1
            params: {max_tokens: 4000}
        """.formatted(server.baseUrl()), "agents test catalog");
  }

  static LlmClients clients() {
    return LlmClients.builder()
        .env(Map.of("AGENTS_TEST_OPENAI_KEY", OPENAI_KEY, "AGENTS_TEST_ANTHROPIC_KEY", ANTHROPIC_KEY)).build();
  }

  static LlmClient client(LlmClients clients, ProviderServer server, String model) {
    return clients.forModel(catalog(server).model(model));
  }

  /** A module answer for the toy lock (valid TLA+, the reference's shape). */
  static String module(String name) {
    return """
        ---- MODULE %s ----
        EXTENDS Naturals
        CONSTANTS Threads
        VARIABLES holds, waiting
        vars == <<holds, waiting>>
        Init == holds = [t \\in Threads |-> FALSE] /\\ waiting = {}
        Request(t) == ~holds[t] /\\ t \\notin waiting /\\ waiting' = waiting \\cup {t} /\\ UNCHANGED holds
        Acquire(t) == t \\in waiting /\\ \\A u \\in Threads : ~holds[u]
                      /\\ holds' = [holds EXCEPT ![t] = TRUE] /\\ waiting' = waiting \\ {t}
        Release(t) == holds[t] /\\ holds' = [holds EXCEPT ![t] = FALSE] /\\ UNCHANGED waiting
        Next == \\E t \\in Threads : Request(t) \\/ Acquire(t) \\/ Release(t)
        Spec == Init /\\ [][Next]_vars
        ====
        """.formatted(name);
  }
}
