package org.sysmobench.llm.client;

import java.time.Duration;
import org.sysmobench.llm.Completion;

/**
 * Hears what a client does, for the run record and the terminal. Messages never contain keys or headers.
 * Called from the calling thread; implementations must be thread-safe when clients are shared.
 */
public interface CallObserver {
    CallObserver NONE = new CallObserver() {
    };

    /** Attempt {@code attempt} failed for a retryable {@code reason}; the next starts after {@code wait}. */
    default void retrying(String model, int attempt, String reason, Duration wait) {
    }

    /** A call finished (live or from the cache). */
    default void completed(String model, Completion completion) {
    }
}
