/** A JMH-free bench of the agent (a main class, never a timed test). */
package org.sysmobench.tracer.bench;
