package org.sysmobench.llm.client;

/** A protocol parser met an error event inside a 200 stream; the client decides what it means. */
final class StreamErrorException extends RuntimeException {
    private final transient ProviderError error;

    StreamErrorException(ProviderError error) {
        super(error.describe());
        this.error = error;
    }

    ProviderError error() {
        return error;
    }
}
