package org.sysmobench.llm.client;

import java.net.http.HttpHeaders;
import org.sysmobench.llm.LlmException;

/** How one HTTP attempt ended. */
sealed interface AttemptOutcome {

    /** A 200 stream was read to its end (whether it ended normally is for the caller to judge). */
    record Streamed(ParsedStream parsed, String rawBody) implements AttemptOutcome {
    }

    /**
     * A transient failure: try again after the policy's wait.
     *
     * @param mayHaveBilled the provider accepted the request (HTTP 200) and may have generated, and billed,
     *                      tokens we never received in full
     */
    record Retry(String reason, int status, HttpHeaders headers, boolean mayHaveBilled) implements AttemptOutcome {
        Retry(String reason, int status, HttpHeaders headers) {
            this(reason, status, headers, false);
        }
    }

    /** A failure that another attempt would repeat. */
    record Fail(LlmException error) implements AttemptOutcome {
    }
}
