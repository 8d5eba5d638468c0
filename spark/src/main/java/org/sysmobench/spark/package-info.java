/**
 * Runs a benchmark's evaluations as Apache Spark tasks ({@code sysmobench run --spark MASTER}).
 *
 * <p>The driver (the {@code run} process) keeps everything stateful: the plan, the store (it alone writes
 * it), LLM calls, budgets and repair loops. It sends each evaluation to Spark as a one-task job: the task
 * package and its traces travel by content (a {@link org.sysmobench.spark.TaskPackage}: bytes and their
 * SHA-256, broadcast once per package and verified on the executor, never a shared file system), the
 * submission and options as values. Each executor JVM keeps one warm evaluation engine (SANY and a pool of
 * TLC workers) for its life ({@link org.sysmobench.spark.ExecutorEngine}). The result comes back as the
 * same JSON the store keeps. A failure of ours on the cluster is a harness error, never a score.
 *
 * <p>May use runs (its {@code CellEvaluator} seam), check, tasks, tla, model and Spark. Nothing depends
 * on this module: the CLI loads it by name, only when {@code --spark} is given.
 */
package org.sysmobench.spark;
