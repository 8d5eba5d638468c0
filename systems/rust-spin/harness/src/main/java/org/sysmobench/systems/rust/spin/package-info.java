/**
 * Trace harness of the {@code rust-spin} task: builds our Rust driver (under {@code systems/rust-spin/driver},
 * shipped inside this jar) offline against Debian's crate registry, runs it with seeded schedules so that
 * several threads really contend on {@code spin::Mutex}, and converts its ordered event log into the task's
 * contract vocabulary.
 *
 * <p>Depends on the {@code trace} module and the harness kit ({@code org.sysmobench.systems.kit}: trace
 * writer, manifest, seeds), and on {@code cargo} plus Debian's {@code librust-spin-dev} as external
 * programs and files. Knows nothing of TLA+, checking or scoring: the trace files it writes
 * are the only bridge to the checker.
 */
package org.sysmobench.systems.rust.spin;
