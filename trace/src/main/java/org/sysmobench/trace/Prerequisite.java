package org.sysmobench.trace;

import java.util.Objects;

/**
 * Something a harness needs beyond the JDK to record traces (a compiler, a system package), as this
 * machine has it or not. Harnesses report these so that a run can skip a task it cannot record, with
 * one line saying why and how to fix it, instead of failing halfway through.
 *
 * @param name what is needed, e.g. {@code cargo}
 * @param present whether this machine has it
 * @param found what was found ({@code /usr/bin/cargo}) or why it counts as missing ({@code not on the PATH})
 * @param install the exact command that installs it, e.g. {@code sudo apt-get install cargo}
 */
public record Prerequisite(String name, boolean present, String found, String install) {
  public Prerequisite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(install, "install");
  }

  public static Prerequisite present(String name, String found, String install) {
    return new Prerequisite(name, true, found, install);
  }

  public static Prerequisite missing(String name, String why, String install) {
    return new Prerequisite(name, false, why, install);
  }

  /** One line: {@code cargo: not on the PATH (install: sudo apt-get install cargo)}. */
  public String describe() {
    return name + ": " + found + (present ? "" : " (install: " + install + ")");
  }
}
