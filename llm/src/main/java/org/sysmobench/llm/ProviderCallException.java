package org.sysmobench.llm;

import java.util.OptionalInt;

/** One call failed for good; the run may carry on with other cells. */
public final class ProviderCallException extends LlmException {

    /** Why the call failed. */
    public enum Kind {
        /** 401/403: the key is missing, wrong or lacks permission. */
        AUTHENTICATION,
        /** 400/404/413/422 and similar: the request itself is wrong (bad model id, bad parameter). */
        REJECTED,
        /** Retryable failures (429/5xx/stalls/resets) persisted through every attempt. */
        RETRIES_EXHAUSTED,
        /** One attempt exceeded the total time cap while streaming. */
        TOTAL_TIMEOUT,
        /** The provider sent something we cannot read, or an in-stream error that is not retryable. */
        PROTOCOL,
        /** Local configuration is incomplete (e.g. the key's environment variable is unset). */
        CONFIGURATION
    }

    private final Kind kind;
    private final String modelName;
    private final int httpStatus;

    public ProviderCallException(Kind kind, String modelName, int httpStatus, String message, Throwable cause) {
        super("model '" + modelName + "': " + kind.name().toLowerCase().replace('_', ' ')
                + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "") + ": " + message, cause);
        this.kind = kind;
        this.modelName = modelName;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    public String modelName() {
        return modelName;
    }

    /** The last HTTP status seen, if any. */
    public OptionalInt httpStatus() {
        return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }
}
