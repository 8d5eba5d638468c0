package org.sysmobench.llm;

/**
 * The whole run must stop, not just this call: retrying or moving to the next cell would fail the same
 * way (or spend money the user did not allow). Runners catch this one type to stop cleanly.
 */
public abstract sealed class RunStoppedException extends LlmException
        permits QuotaExhaustedException, BudgetExceededException {

    protected RunStoppedException(String message) {
        super(message, null);
    }
}
