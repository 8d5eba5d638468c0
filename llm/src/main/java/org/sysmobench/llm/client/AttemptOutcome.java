package org.sysmobench.llm.client;

import java.net.http.HttpHeaders;
import org.sysmobench.llm.LlmException;

/** How one HTTP attempt ended. */
sealed interface AttemptOutcome {

    /** A 200 stream was read to its end (which may still be a truncated answer). */
    record Streamed(ParsedStream parsed, String rawBody) implements AttemptOutcome {
    }

    /** A transient failure: try again after the policy's wait. */
    record Retry(String reason, int status, HttpHeaders headers) implements AttemptOutcome {
    }

    /** A failure that another attempt would repeat. */
    record Fail(LlmException error) implements AttemptOutcome {
    }
}
