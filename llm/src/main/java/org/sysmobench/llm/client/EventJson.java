package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An SSE event's data as JSON, for every protocol's parser. Every protocol reports a failure mid-stream
 * as an object with an {@code error} member, which becomes a {@link StreamErrorException}.
 */
final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    static JsonNode of(SseEvent event) {
        JsonNode data;
        try {
            data = MAPPER.readTree(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON event", e);
        }
        if (data.has("error")) {
            throw new StreamErrorException(ProviderError.fromJson(data));
        }
        return data;
    }
}
