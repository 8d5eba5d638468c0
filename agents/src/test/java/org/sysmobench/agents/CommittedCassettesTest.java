package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.agents.fixture.FixtureCassettes;
import org.sysmobench.agents.properties.PropertyAuthor;
import org.sysmobench.agents.properties.PropertyAuthors;
import org.sysmobench.agents.properties.PropertyDraft;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.tasks.Task;

/**
 * The cassettes committed under {@code cassettes/} (repository root) replay offline, with no key, for
 * shipped catalog models. If this fails with a cache miss, a prompt template, the toy-lock fixture, the
 * catalog entry or the request format changed: re-write the fixture cassettes with
 * {@code mvn -pl agents test -Dtest=CommittedCassettesTest -Dsysmobench.cassettes.write=true} (and delete
 * the orphaned files; see cassettes/README.md).
 */
@Tag("llm")
class CommittedCassettesTest {
  static final Path CASSETTES = Path.of("..", "cassettes");
  static final List<String> MODELS = List.of("claude-sonnet-5", "gpt-5.5");
  static final long SEED = 1;

  @TempDir Path cache;

  static AuthoringRequest request(Task task, org.sysmobench.llm.LlmClient client, Path cache) {
    return new AuthoringRequest(task, client, AuthorRig.sources(task, cache), List.of(), 0, SEED);
  }

  @Test
  void basicAuthorReplaysTheToyLockFixtureForShippedModelsWithoutKey() {
    Task task = AuthorRig.task();
    ModelCatalog catalog = ModelCatalog.loadDefault();
    SpecAuthor basic = Authors.standard(AuthorOptions.defaults()).get("basic");
    try (LlmClients clients = LlmClients.builder().env(Map.of())
        .cache(new ResponseCache(CASSETTES, CacheMode.REPLAY_ONLY)).build()) {
      for (String model : MODELS) {
        Draft d = basic.write(request(task, clients.forModel(catalog.model(model)), cache));
        assertThat(d.transcript().exchanges()).singleElement()
            .satisfies(e -> assertThat(e.completion().fromCache()).isTrue());
        assertThat(d.specText()).startsWith("---- MODULE ToyLock ----");
        assertThat(d.cfgFromTask()).isFalse();
        assertThat(d.cfgText()).contains("SPECIFICATION Spec");
      }
    }
  }

  @Test
  void invariantsTrackBasicAuthorReplaysTheToyLockFixtureForShippedModelsWithoutKey() {
    Task task = AuthorRig.task();
    ModelCatalog catalog = ModelCatalog.loadDefault();
    PropertyAuthor basic = PropertyAuthors.withoutCritic(1).get("basic");
    try (LlmClients clients = LlmClients.builder().env(Map.of())
        .cache(new ResponseCache(CASSETTES, CacheMode.REPLAY_ONLY)).build()) {
      for (String model : MODELS) {
        PropertyDraft d = basic.write(request(task, clients.forModel(catalog.model(model)), cache));
        assertThat(d.transcript().exchanges()).singleElement()
            .satisfies(e -> assertThat(e.completion().fromCache()).isTrue());
        assertThat(d.extractionProblem()).isEmpty();
        assertThat(d.sheet()).startsWith("EXTENDS FiniteSets").contains("\\* property safety: at most one thread")
            .contains("EventualAcquire ==").doesNotContain("```");
      }
    }
  }

  /** Not a test: (re)writes the invariants track's fixture cassettes when asked to. */
  @Test
  @EnabledIfSystemProperty(named = "sysmobench.cassettes.write", matches = "true")
  void writeInvariantsFixtureCassettes() throws Exception {
    Task task = AuthorRig.task();
    ModelCatalog catalog = ModelCatalog.loadDefault();
    PropertyAuthor basic = PropertyAuthors.withoutCritic(1).get("basic");
    String answer = Files.readString(CASSETTES.resolve("fixtures/toy-lock/invariants-basic.answer.md"));
    for (String model : MODELS) {
      List<String> keys = FixtureCassettes.recordExchanges(catalog.model(model), List.of(answer),
          client -> basic.write(request(task, client, cache)).transcript(), CASSETTES,
          Instant.parse("2026-12-07T06:00:00Z"));
      System.out.println("wrote " + model + " toy-lock invariants:basic: " + keys);
    }
  }

  /** Not a test: (re)writes the fixture cassettes when asked to. */
  @Test
  @EnabledIfSystemProperty(named = "sysmobench.cassettes.write", matches = "true")
  void writeFixtureCassettes() throws Exception {
    Task task = AuthorRig.task();
    ModelCatalog catalog = ModelCatalog.loadDefault();
    SpecAuthor basic = Authors.standard(AuthorOptions.defaults()).get("basic");
    String answer = Files.readString(CASSETTES.resolve("fixtures/toy-lock/basic.answer.md"));
    for (String model : MODELS) {
      List<String> keys = FixtureCassettes.record(catalog.model(model), List.of(answer),
          client -> basic.write(request(task, client, cache)), CASSETTES, Instant.parse("2026-11-29T04:00:00Z"));
      System.out.println("wrote " + model + " toy-lock basic: " + keys);
    }
  }
}
