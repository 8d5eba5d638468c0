/**
 * Code that runs inside an isolated class loader together with the TLA+ tools jar: the SANY and TLC
 * drivers, the message recorder, and our Java overrides of TLA+ library operators. Besides this
 * package, the bridge holds two classes under the tools' own names, which TLC looks up by name: the
 * override index {@code tlc2.overrides.TLCOverrides}, and {@code tlc2.tool.coverage.CostModelCreator},
 * which counts coverage per action only and stands for the tools' class (the loaders list the bridge
 * first).
 *
 * <p>It talks to the host with JDK types only (String, Number, Boolean, List, Map), because the host
 * and each isolated loader have different copies of every class. It must not depend on any other
 * project module. No operator here may run processes or write files: specs come from untrusted output.
 */
package org.sysmobench.tla.bridge;
