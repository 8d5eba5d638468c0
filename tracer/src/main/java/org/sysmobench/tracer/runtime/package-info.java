/**
 * What happens when woven code reaches a probe: evaluate the capture expressions against the live
 * objects, convert the results to trace values and append one event through the trace writer.
 *
 * <p>Runs inside the traced system's threads, so it must never throw into them and must never block
 * other than on the trace writer's lock. Depends on {@code org.sysmobench.trace}, the plan and the boot
 * bridge; knows nothing of ByteBuddy.
 */
package org.sysmobench.tracer.runtime;
