/**
 * Holds only {@code TLCOverrides}, the override index whose fully qualified name TLC hard-codes.
 * Lists the override classes of {@code org.sysmobench.tla.bridge.ops}; nothing else belongs here.
 */
package tlc2.overrides;
