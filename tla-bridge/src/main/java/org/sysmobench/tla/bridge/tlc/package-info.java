/**
 * The in-loader TLC driver: runs exactly one TLC job inside a fresh, isolated class loader that holds
 * the TLA+ tools jar, and hands back what TLC said as JDK types only.
 *
 * <p>Responsibility: build TLC's command line, point TLC's module resolver at the spec folder and the
 * pre-extracted library folders, capture everything TLC prints (in {@code -tool} framing), enforce the
 * in-loader budgets (states, depth, time) by stopping the checker gracefully, and release what TLC
 * leaves behind (the RMI-exported fingerprint set). It does not interpret the output: the host parses
 * it into typed outcomes.
 *
 * <p>Allowed dependencies: the JDK and the TLA+ tools jar (scope provided). It must not reference any
 * other project module: the host and this loader share only JDK classes.
 */
package org.sysmobench.tla.bridge.tlc;
