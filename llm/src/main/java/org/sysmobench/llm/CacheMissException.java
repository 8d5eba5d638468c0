package org.sysmobench.llm;

/** Replay-only mode found no recorded response for a request; the network is never touched. */
public final class CacheMissException extends LlmException {
    private final String cacheKey;
    private final String modelName;

    public CacheMissException(String cacheKey, String modelName, String where) {
        super("no recorded response for model '" + modelName + "' (cache key " + cacheKey + ") in " + where
                + "; the cache is in replay-only mode, so the request was not sent. Record it with mode"
                + " read-write and a key, or check that the prompt, parameters and sample index match the"
                + " recording.", null);
        this.cacheKey = cacheKey;
        this.modelName = modelName;
    }

    public String cacheKey() {
        return cacheKey;
    }

    public String modelName() {
        return modelName;
    }
}
