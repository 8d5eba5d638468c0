package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sysmobench generate} offline: the committed cassettes (repository root) replay with no key and
 * no network, and the output folder holds spec, cfg and a complete transcript.
 */
@Tag("llm")
class GenerateCommandTest {
  static final String TOY_LOCK = Path.of("..", "check", "src", "test", "resources", "tasks", "toy-lock").toString();
  static final String CASSETTES = Path.of("..", "cassettes").toString();

  @TempDir Path out;

  private record Run(int exit, String out, String err) {}

  private Run generate(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(o)).setErr(new PrintWriter(e));
    String[] all = Stream.concat(Stream.of("generate"), Stream.of(args)).toArray(String[]::new);
    return new Run(cli.execute(all), o.toString(), e.toString());
  }

  @Test
  void basicReplaysTheCommittedCassetteOffline() throws Exception {
    Run r = generate("--task", TOY_LOCK, "--agent", "basic", "--model", "claude-sonnet-5",
        "--cache-mode", "replay-only", "--cassettes", CASSETTES, "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 exchange(s) (1 from the cache)", "$0 spent", "ToyLock.tla", "(the model's)");
    assertThat(Files.readString(out.resolve("ToyLock.tla"))).startsWith("---- MODULE ToyLock ----\n").endsWith("====\n");
    assertThat(Files.readString(out.resolve("ToyLock.cfg"))).contains("SPECIFICATION Spec");
    JsonNode t = new ObjectMapper().readTree(out.resolve("transcript.json").toFile());
    assertThat(t.path("author").asText()).isEqualTo("basic");
    assertThat(t.path("model").asText()).isEqualTo("claude-sonnet-5");
    JsonNode e = t.path("exchanges").get(0);
    assertThat(e.path("step").asText()).isEqualTo("write");
    assertThat(e.path("messages").get(0).path("text").asText()).contains("ToyLock.java");
    assertThat(e.path("response").path("from_cache").asBoolean()).isTrue();
    assertThat(e.path("response").path("cache_key").asText()).hasSize(64);
    for (Path f : List.of(out.resolve("transcript.json"), out.resolve("ToyLock.tla"), out.resolve("ToyLock.cfg"))) {
      String text = Files.readString(f);
      for (String name : List.of("ANTHROPIC_API_KEY", "OPENAI_API_KEY")) {
        String key = System.getenv(name);
        if (key != null && !key.isBlank()) {
          assertThat(text).doesNotContain(key);
        }
      }
    }
  }

  /**
   * The invariants track offline end to end: its committed cassette replays with no key, and the sheet it
   * holds is scored by {@code eval-properties} with the real SANY and TLC (a child JVM, as users run it).
   */
  @Test
  @Tag("tlc")
  void theInvariantsTrackReplaysItsCassetteOfflineAndTheSheetScores() throws Exception {
    Run r = generate("--track", "invariants", "--task", TOY_LOCK, "--agent", "basic", "--model", "gpt-5.5",
        "--cache-mode", "replay-only", "--cassettes", CASSETTES, "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("invariants track", "1 exchange(s) (1 from the cache)", "properties.tla");
    Path sheet = out.resolve("properties.tla");
    assertThat(Files.readString(sheet)).contains("MutualExclusion ==", "EventualAcquire ==");
    JsonNode t = new ObjectMapper().readTree(out.resolve("transcript.json").toFile());
    assertThat(t.path("exchanges").get(0).path("response").path("from_cache").asBoolean()).isTrue();

    CliProcess.Result scored = CliProcess.run(out.resolve("logs"), List.of(), "eval-properties", "--task", TOY_LOCK,
        "--sheet", sheet.toString(), "--json", out.resolve("result.json").toString());
    assertThat(scored.exit()).as(scored.err()).isZero();
    assertThat(scored.out()).contains("invariants track: toy-lock (scoring checks), 4 properties proposed: 4 accepted",
        "score 1.00", "ACCEPTED            ReleaseStaysOut (action)", "covers no template (a discovery of its own)",
        "MutualExclusion (safety): covered by MutualExclusion");
    assertThat(Files.readString(out.resolve("result.json"))).contains("\"schema\" : \"sysmobench-discovery\"");
  }

  @Test
  void aRequestWithoutCassetteFailsInReplayOnlyModeAndSaysHowToRecordIt() {
    Run r = generate("--task", TOY_LOCK, "--agent", "basic", "--model", "gpt-5.5", "--sample", "7",
        "--cache-mode", "replay-only", "--cassettes", CASSETTES, "--out", out.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.HARNESS_ERROR);
    assertThat(r.err()).contains("no recorded answer for this request", "--cache-mode read-write");
  }

  @Test
  void unknownAgentOrModelIsAUsageError() {
    assertThat(generate("--task", TOY_LOCK, "--agent", "specula", "--model", "gpt-5.5").exit())
        .isEqualTo(ExitCodes.USAGE);
    Run r = generate("--task", TOY_LOCK, "--agent", "basic", "--model", "no-such-model");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown model 'no-such-model'");
  }

  static final String MODULE = "---- MODULE ToyLock ----\nVARIABLES holds, waiting\nInit == holds = holds\n====\n";

  /** A models file with one model, {@code local-model}, served by {@code server}. */
  private Path modelsFile(LocalOpenAiServer server, String keyEnv) throws java.io.IOException {
    return Files.writeString(out.resolve("models.yaml"), """
        version: 1
        providers:
          local: {protocol: openai-chat, base_url: "%s/v1"%s}
        models:
          local-model: {provider: local, model: local-1, params: {max_tokens: 1000}}
        """.formatted(server.baseUrl(), keyEnv.isEmpty() ? "" : ", " + keyEnv));
  }

  /**
   * A live call through a local OpenAI-style server in read-write mode: the answer is recorded as a
   * cassette, and the (sentinel) key appears in no file generate wrote, cassette included.
   */
  @Test
  void recordsALiveAnswerAndNeverWritesTheKey(@TempDir Path cassettes) throws Exception {
    String key = "sk-SENTINEL-generate-3f2e1d0c9b8a7";
    try (LocalOpenAiServer server = new LocalOpenAiServer("Here it is:\n```tla\n" + MODULE + "```")) {
      Path models = modelsFile(server, "key_env: GENERATE_TEST_KEY");
      Path dir = out.resolve("gen");
      GenerateCommand command = new GenerateCommand();
      command.env = java.util.Map.of("GENERATE_TEST_KEY", key);
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int exit = new CommandLine(command).setOut(new PrintWriter(o)).setErr(new PrintWriter(e)).execute(
          "--task", TOY_LOCK, "--agent", "basic", "--model", "local-model", "--models-file", models.toString(),
          "--cache", cassettes.toString(), "--cassettes", CASSETTES, "--out", dir.toString());

      assertThat(exit).as(o + "\n" + e).isZero();
      assertThat(server.authorization()).isEqualTo("Bearer " + key);
      assertThat(Files.readString(dir.resolve("ToyLock.tla"))).startsWith("---- MODULE ToyLock ----");
      assertThat(Files.readString(dir.resolve("ToyLock.cfg"))).contains("Threads = {\"t1\", \"t2\"}");
      List<Path> written;
      try (Stream<Path> s = Stream.concat(Files.walk(dir), Files.walk(cassettes))) {
        written = s.filter(Files::isRegularFile).toList();
      }
      assertThat(written).anyMatch(p -> p.getParent().equals(cassettes) && p.toString().endsWith(".json"));
      for (Path f : written) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(key).doesNotContain("SENTINEL");
      }
      assertThat(o.toString() + e).doesNotContain(key);
    }
  }

  /**
   * Without --cache, new answers go to the user's cache folder (XDG_CACHE_HOME here), and the cassettes
   * folder, read for replays, is left exactly as it was.
   */
  @Test
  void newAnswersGoToTheUsersCacheAndNeverIntoTheCassettes(@TempDir Path xdg, @TempDir Path cassettes) throws Exception {
    try (LocalOpenAiServer server = new LocalOpenAiServer("```tla\n" + MODULE + "```")) {
      Path models = modelsFile(server, "");
      GenerateCommand command = new GenerateCommand();
      command.env = java.util.Map.of("XDG_CACHE_HOME", xdg.toString());
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int exit = new CommandLine(command).setOut(new PrintWriter(o)).setErr(new PrintWriter(e)).execute(
          "--task", TOY_LOCK, "--agent", "basic", "--model", "local-model", "--models-file", models.toString(),
          "--cassettes", cassettes.toString(), "--out", out.resolve("gen").toString());

      assertThat(exit).as(o + "\n" + e).isZero();
      try (Stream<Path> c = Files.list(cassettes); Stream<Path> u = Files.list(xdg.resolve("sysmobench/responses"))) {
        assertThat(c).as("the cassettes are read-only").isEmpty();
        assertThat(u.filter(p -> p.toString().endsWith(".json"))).hasSize(1);
      }
    }
  }

  /** The repair loop with the real evaluator as critic: the fixture spec is accepted, so no call is needed. */
  @Test
  @Tag("tlc")
  void repairAcceptedByTheRealEvaluatorNeedsNoFurtherCall() throws Exception {
    Run r = generate("--task", TOY_LOCK, "--agent", "repair(basic)", "--model", "gpt-5.5",
        "--cache-mode", "replay-only", "--cassettes", CASSETTES, "--out", out.toString(), "--workers", "1");

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    JsonNode t = new ObjectMapper().readTree(out.resolve("transcript.json").toFile());
    assertThat(t.path("author").asText()).isEqualTo("repair(basic)");
    assertThat(t.path("exchanges")).hasSize(1);
    assertThat(t.path("notes").toString()).contains("repair:1: the critic accepts the draft");
  }
}
