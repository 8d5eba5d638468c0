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
    private final boolean spendUnknown;
    private final String detail;

    public ProviderCallException(Kind kind, String modelName, int httpStatus, String message, Throwable cause) {
        this(kind, modelName, httpStatus, message, cause, false);
    }

    /**
     * @param spendUnknown some attempt was accepted (HTTP 200) but not read to its end, so the provider may
     *                     have billed tokens that no answer accounts for
     */
    public ProviderCallException(Kind kind, String modelName, int httpStatus, String message, Throwable cause,
                                 boolean spendUnknown) {
        super("model '" + modelName + "': " + kind.name().toLowerCase().replace('_', ' ')
                + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "") + ": " + message
                + (spendUnknown ? " (spend unknown: the provider may have billed tokens we never received)" : ""),
                cause);
        this.kind = kind;
        this.modelName = modelName;
        this.httpStatus = httpStatus;
        this.spendUnknown = spendUnknown;
        this.detail = message;
    }

    /** What went wrong, without the model and kind the message starts with. */
    public String detail() {
        return detail;
    }

    /** Whether the provider may have billed this failed call (what it cost is unknown). */
    public boolean spendUnknown() {
        return spendUnknown;
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
