package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("llm")
class SseReaderTest {

    private static List<SseEvent> read(String body) throws Exception {
        List<SseEvent> events = new ArrayList<>();
        SseReader r = new SseReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        r.readAll(events::add);
        assertThat(r.rawText()).isEqualTo(body);
        return events;
    }

    @Test
    void namedEventsCommentsAndLineEndings() throws Exception {
        assertThat(read(": keep-alive\r\nevent: ping\r\ndata: {\"type\": \"ping\"}\r\n\r\ndata:x\rdata: y\r\r"))
                .containsExactly(new SseEvent("ping", "{\"type\": \"ping\"}"), new SseEvent("", "x\ny"));
    }

    @Test
    void unfinishedEventAtEndOfStreamIsDropped() throws Exception {
        assertThat(read("data: one\n\ndata: two\n")).containsExactly(new SseEvent("", "one"));
    }

    @Test
    void multiByteCharactersSplitAcrossReadsSurvive() throws Exception {
        String body = "data: " + "∀x ∈ S: x ≥ 0 — ünïcödé ".repeat(800) + "\n\n";
        assertThat(read(body)).singleElement().satisfies(e -> assertThat(e.data()).startsWith("∀x ∈ S"));
    }
}
