package org.sysmobench.llm;

/**
 * The provider account is out of quota or credit (OpenAI {@code insufficient_quota}, Anthropic billing
 * errors). Never retried: waiting does not refill an account.
 */
public final class QuotaExhaustedException extends RunStoppedException {
    private final String modelName;

    public QuotaExhaustedException(String modelName, String providerMessage) {
        super("quota or credit exhausted for model '" + modelName + "': " + providerMessage
                + " (add credit or raise the spend limit, then resume the run)");
        this.modelName = modelName;
    }

    public String modelName() {
        return modelName;
    }
}
