package org.sysmobench.llm.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded call.
 *
 * @param key        SHA-256 of {@code request}, also the file name
 * @param model      catalog model name (for people browsing the folder)
 * @param protocol   wire protocol id; replay parses {@code responseBody} with this protocol's parser
 * @param request    the canonical request identity: provider, base URL, protocol, sample index and the
 *                   exact request body sent (model id, parameters, messages). Never the key.
 * @param responseBody the provider's streamed response body, byte for byte (UTF-8 SSE text)
 * @param summary    parsed text, finish reason and usage at record time, for people and reports; replay
 *                   does not read it
 * @param recordedAt when it was recorded
 * @param latencyMillis wall time of the recorded call
 */
public record CacheEntry(String key, String model, String protocol, JsonNode request, String responseBody,
                         JsonNode summary, Instant recordedAt, long latencyMillis) {
    public CacheEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(responseBody, "responseBody");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    @Override
    public String toString() {
        return "CacheEntry[" + key + ", model " + model + ", " + responseBody.length() + " response chars]";
    }
}
