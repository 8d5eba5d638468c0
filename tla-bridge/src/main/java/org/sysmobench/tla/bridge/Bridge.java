package org.sysmobench.tla.bridge;

/**
 * Marks the bridge code base. The host finds the bridge's jar (or classes folder) through this class's
 * resource name, without linking to it: bridge classes are only ever loaded inside an isolated class
 * loader next to the TLA+ tools, never in the host's own class loader.
 */
public final class Bridge {
  /** Resource name the host looks up to locate the bridge code base. */
  public static final String MARKER_RESOURCE = "org/sysmobench/tla/bridge/Bridge.class";

  private Bridge() {}
}
