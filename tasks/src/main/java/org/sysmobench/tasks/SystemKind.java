package org.sysmobench.tasks;

/** What kind of system a task models; the original benchmark splits its tasks the same way. */
public enum SystemKind {
  /** Threads sharing memory in one process (locks, queues). */
  CONCURRENT,
  /** Nodes exchanging messages (consensus, leader election). */
  DISTRIBUTED
}
