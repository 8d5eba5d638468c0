/**
 * Trace harness of the {@code etcd-raft} task: builds our Go driver (under {@code systems/etcd-raft/driver},
 * shipped inside this jar) offline against etcd's Raft library 3.5.16 as Debian packages it, runs 3 or 5
 * {@code RawNode}s over a seeded, faulty network the driver owns (loss, delay, reordering, duplication,
 * partitions, crashes and restarts from storage, client proposals), and converts what each node did at the
 * library's boundary into the task's contract vocabulary.
 *
 * <p>Depends on the {@code trace} module and the harness kit ({@code org.sysmobench.systems.kit}: trace
 * writer, manifest, seeds), and on {@code go}, Debian's Go packages and {@code apt-get}/{@code dpkg-deb}
 * as external programs and files. Knows nothing of TLA+, checking or scoring: the trace files it writes
 * are the only bridge to the checker.
 */
package org.sysmobench.systems.etcd.raft;
