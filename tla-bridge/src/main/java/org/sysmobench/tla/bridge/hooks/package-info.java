/**
 * The evaluation hooks: how the modules the harness generates report to it while TLC runs, out of
 * band, where nothing a spec prints, sets or computes can reach.
 *
 * <p>A generated module calls the operators of our library module {@code SysMoBenchHooks} (a trace's
 * cursor reached, a contract action fired, the state budget) with a per-job secret key that only the
 * generated module and the host know; the Java overrides here record what a call with the right key
 * says in {@link org.sysmobench.tla.bridge.hooks.JobChannel}, which the TLC driver hands back to the
 * host with the job's result. A call with any other key records nothing, so a spec that calls the
 * hooks itself (it cannot know the key) claims nothing.
 *
 * <p>Depends only on the JDK and the TLA+ tools.
 */
package org.sysmobench.tla.bridge.hooks;
