package org.sysmobench.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the task's spec is model checked: the module name the author must use, the temporal formula
 * to check, and the TLC constant assignments (right-hand sides in TLC config syntax, e.g. {@code {1, 2, 3}}).
 * The task's constants are authoritative: an author's cfg cannot shrink the model the invariants are
 * checked on.
 */
public record SpecSettings(String module, String specification, Map<String, String> constants) {
  public SpecSettings {
    constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
  }
}
