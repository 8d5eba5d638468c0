/**
 * In-loader SANY driver: parses one spec with {@code tla2sany} and reports what SANY said (aborts,
 * errors, warnings, the parse/lexical errors it only prints, and on success the root module's
 * definitions, constants and variables) as JDK types only: {@code Map}, {@code List}, {@code String},
 * {@code Integer}.
 *
 * <p>Runs inside the host's isolated class loader next to the tools jar; depends only on the JDK and
 * the tools. It does not classify or judge: the host facade ({@code org.sysmobench.tla.sany}) turns the
 * raw report into typed diagnostics.
 */
package org.sysmobench.tla.bridge.sany;
