/**
 * Runs the benchmark matrix: plans cells (task x model x agent x epoch) before executing any, executes
 * them concurrently under the run's limits, stores every artifact as soon as it exists, resumes a killed
 * run and rescores a stored one without calling a model. The one place that knows a cell's lifecycle
 * (planned, running, done / infrastructure-failed) and who is to blame for a failure.
 *
 * <p>May depend on {@code model}, {@code tasks}, {@code llm}, {@code agents}, {@code check} and
 * {@code store}. Must not depend on {@code report} or {@code cli}; prints nothing except through the
 * {@link org.sysmobench.runs.RunListener} it is given.
 */
package org.sysmobench.runs;
