/**
 * The runtime phase: seeded TLC simulation plus a bounded breadth-first search, both with coverage,
 * telling which actions produce new states and which raise errors (the original's runtime_coverage).
 */
package org.sysmobench.check.runtime;
