/**
 * Task packages: one folder per real system under {@code systems/<task-id>/} holding {@code task.yaml},
 * {@code brief.md}, {@code contract.yaml}, {@code invariants.yaml}, {@code reference/} and traces.
 *
 * <p>Loads and validates a package as a whole (every problem reported at once) and materializes its
 * pinned sources into a verified cache. May depend on {@code model} and Jackson only; knows nothing of
 * TLC, LLMs or scoring.
 */
package org.sysmobench.tasks;
