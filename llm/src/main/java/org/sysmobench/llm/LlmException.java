package org.sysmobench.llm;

/**
 * Every way an LLM call can fail. Messages never contain API keys or HTTP headers; provider error
 * bodies are included (they explain the failure) with anything key-like redacted.
 */
public abstract sealed class LlmException extends RuntimeException
        permits ProviderCallException, RunStoppedException, CacheMissException {

    protected LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
