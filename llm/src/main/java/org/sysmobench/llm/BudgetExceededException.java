package org.sysmobench.llm;

/** The run's own budget (USD or wall time) is used up; no further call is started. */
public final class BudgetExceededException extends RunStoppedException {
    public BudgetExceededException(String message) {
        super(message);
    }
}
