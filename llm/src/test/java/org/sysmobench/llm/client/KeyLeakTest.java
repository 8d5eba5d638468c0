package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.client.FakeProviderServer.Reply;
import org.sysmobench.llm.config.ApiKey;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.llm.limits.RunBudget;

/** A sentinel key must reach the provider's auth header and nowhere else. */
@Tag("llm")
class KeyLeakTest {
    private static final String SENTINEL = "SENTINEL";
    private final TestRig rig = new TestRig();
    @TempDir
    Path cacheDir;

    @Test
    void sentinelKeysNeverLeaveTheAuthHeader() throws Exception {
        List<String> texts = new ArrayList<>();
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.READ_WRITE, RunBudget.unlimited(Clock.systemUTC()))) {
            ModelCatalog catalog = TestRig.catalog(server);
            var gpt = clients.forModel(catalog.model("gpt-test"));
            var claude = clients.forModel(catalog.model("claude-test"));
            server.then(Reply.error(429, "{\"error\":{\"message\":\"slow down, " + TestRig.OPENAI_KEY + "\"}}",
                            "retry-after", "0"))
                    .then(Reply.sse(WireFixtures.openAiOk("fine")))
                    .then(Reply.sse(WireFixtures.anthropicOk("fine")))
                    // OpenAI echoes a (masked) key in its 401 message; here the server echoes it whole
                    .then(Reply.error(401, "{\"error\":{\"message\":\"Incorrect API key provided: "
                            + TestRig.OPENAI_KEY + ". You can find your API key at https://platform.openai.com\","
                            + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"))
                    .then(Reply.error(429, "{\"error\":{\"message\":\"quota for " + TestRig.ANTHROPIC_KEY
                            + "\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));

            Completion a = gpt.complete(ChatRequest.of("s", "u", 0));
            Completion b = claude.complete(ChatRequest.of("s", "u", 0));
            Throwable unauthorized = catchThrowable(() -> gpt.complete(ChatRequest.of("s", "u", 1)));
            Throwable quota = catchThrowable(() -> claude.complete(ChatRequest.of("s", "u", 1)));

            assertThat(unauthorized).isNotNull();
            assertThat(quota).isNotNull();
            assertThat(server.received().get(0).header("Authorization")).contains(TestRig.OPENAI_KEY);
            texts.add(stackTrace(unauthorized));
            texts.add(stackTrace(quota));
            texts.add(a.toString());
            texts.add(b.toString());
            texts.add(catalog.toString());
            texts.add(catalog.model("gpt-test").toString());
            texts.add(catalog.model("claude-test").provider().toString());
            texts.add(gpt.toString());
            texts.add(clients.toString());
            texts.add(rig.settings().toString());
            texts.add(ApiKey.fromEnvironment(catalog.model("gpt-test").provider(), TestRig.env()).orElseThrow().toString());
            texts.addAll(rig.observed);
        }
        try (Stream<Path> files = Files.walk(cacheDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).isNotEmpty().noneMatch(t -> t.contains(SENTINEL));
        assertThat(rig.observed).anyMatch(t -> t.contains("[redacted"));
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
