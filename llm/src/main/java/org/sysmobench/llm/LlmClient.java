package org.sysmobench.llm;

/**
 * One model behind one verb. Implementations stream, retry, cache and account cost; callers only see
 * the finished {@link Completion} or an {@link LlmException}.
 */
public interface LlmClient {

    /** The catalog name of the model this client talks to (never its key). */
    String modelName();

    /**
     * Sends the request and waits for the whole streamed answer.
     *
     * @throws RunStoppedException when the run must stop (quota exhausted, budget exceeded)
     * @throws ProviderCallException when this call failed for good (rejected, retries exhausted)
     * @throws CacheMissException in replay-only mode when no recorded response exists
     */
    Completion complete(ChatRequest request);
}
