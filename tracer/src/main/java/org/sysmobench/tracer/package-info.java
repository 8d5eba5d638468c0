/**
 * The Java agent's entry point: {@code -javaagent:sysmobench-tracer-agent.jar=config=FILE,out=FILE}.
 *
 * <p>Responsibility: read the agent arguments and the instrumentation file, put the bootstrap bridge in
 * place, start the recorder and install the weaving. May depend on {@code org.sysmobench.trace}, the
 * sub-packages of this one, ByteBuddy and Jackson (both relocated inside the agent jar). Knows nothing
 * of particular systems: everything system-specific is in the instrumentation file.
 */
package org.sysmobench.tracer;
