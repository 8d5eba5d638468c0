/**
 * Temp folders owned by a live process: named with the owner's pid and locked by it, removed on every
 * way out the owner controls, and removed at the next start-up when the owner died without a chance to
 * (kill -9). Used for the TLC pool's folder and the CLI's work folders.
 *
 * <p>Allowed dependencies: the JDK only.
 */
package org.sysmobench.tla.scratch;
