/**
 * Branch coverage of a recording's modelled code: which branches of the methods a task models the
 * recorded runs executed ({@link org.sysmobench.systems.kit.coverage.BranchCoverage}), measured with
 * JaCoCo beside the tracer agent in each child JVM (its agent for class-path classes, a module patch
 * instrumented ahead of the run for JDK classes), and written into the recording manifest as
 * {@link org.sysmobench.trace.CodeCoverage}.
 *
 * <p>Uses JaCoCo's core and the harness kit's child-JVM runner; knows no system (each harness names its
 * {@link org.sysmobench.systems.kit.coverage.ModelledCode}), nothing of TLA+ or scoring.
 */
package org.sysmobench.systems.kit.coverage;
