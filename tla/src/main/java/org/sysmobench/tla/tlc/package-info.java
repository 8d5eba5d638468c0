/**
 * TLC jobs for the rest of the project: the job model ({@link org.sysmobench.tla.tlc.TlcJob}), one
 * typed result per job ({@link org.sysmobench.tla.tlc.TlcOutcome}), the pool of warm worker JVMs that
 * runs them ({@link org.sysmobench.tla.tlc.TlcWorkerPool}), the worker JVM's main class, and the
 * parsers that turn TLC's printed output into structured data (messages, traces, TLA+ values,
 * coverage, statistics).
 *
 * <p>Reports what TLC said, not what it means for a score. TLC itself never runs in the host's class
 * loader: only worker JVMs load it, each job in a fresh class loader.
 *
 * <p>Allowed dependencies: the JDK, {@code org.sysmobench.tla} (tool locations), {@code
 * org.sysmobench.tla.scratch} (the pool's temp folder), {@code org.sysmobench.model} (the verdict vocabulary) and Jackson (worker framing, JSON). Must not know the
 * bridge's classes (they live in another loader) nor anything about tasks, scoring or the CLI.
 */
package org.sysmobench.tla.tlc;
