package org.sysmobench.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the build version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"sysmobench " + (v == null ? "dev" : v)};
  }
}
