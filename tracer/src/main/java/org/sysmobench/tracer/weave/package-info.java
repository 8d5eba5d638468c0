/**
 * Weaving: turns the numbered probes into ByteBuddy advice (method entry/exit) and member substitutions
 * (call sites), installed with retransformation so that already-loaded JDK classes are woven too.
 *
 * <p>Depends on ByteBuddy (relocated in the agent jar), the plan and the probe table. Advice is
 * described from class-file bytes through a {@code TypePool}, never through class literals: resolving an
 * advice class while a target class is being defined causes {@code LinkageError: duplicate class
 * definition}.
 */
package org.sysmobench.tracer.weave;
