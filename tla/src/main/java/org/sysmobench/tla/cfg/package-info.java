/**
 * TLC configuration files ({@code .cfg}): reading an author's file into a {@link
 * org.sysmobench.tla.cfg.TlcConfig}, editing it as a value, and writing it back. JDK only.
 */
package org.sysmobench.tla.cfg;
