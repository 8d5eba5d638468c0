/**
 * Model configuration: the YAML model catalog, providers (protocol, base URL, key variable, wire dialect),
 * generation parameters, prices, and API keys read from the environment.
 *
 * <p>May depend on the JDK, Jackson and {@code org.sysmobench.llm}. Keys exist here only inside
 * {@link org.sysmobench.llm.config.ApiKey}, whose {@code toString} is redacted; no config object prints a
 * key, because no config object holds one (only the name of the variable that does).
 */
package org.sysmobench.llm.config;
