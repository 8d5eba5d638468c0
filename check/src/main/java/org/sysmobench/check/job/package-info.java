/**
 * The TLC jobs of an evaluation as data: a phase states the jobs it needs ({@link
 * org.sysmobench.check.job.JobRequest}: a generated module, a config, a budget, named so the same job
 * runs once), and judges their results ({@link org.sysmobench.check.job.JobResults}). Only the
 * evaluator runs jobs ({@link org.sysmobench.check.job.JobRunner}); the results can be stored with a
 * cell and judged again later without TLC.
 */
package org.sysmobench.check.job;
