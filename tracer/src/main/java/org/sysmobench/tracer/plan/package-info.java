/**
 * The declarative instrumentation file: its model ({@link org.sysmobench.tracer.plan.InstrumentationPlan}
 * and its parts) and its parser, which rejects a bad file with a message naming the file and the
 * offending entry.
 *
 * <p>Usable outside the agent (a harness validates a file before it launches a JVM). Depends on Jackson
 * only to turn YAML into a plain tree; everything after that is JDK-only. Knows nothing of ByteBuddy.
 */
package org.sysmobench.tracer.plan;
