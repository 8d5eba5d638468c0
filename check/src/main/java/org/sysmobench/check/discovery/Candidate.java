package org.sysmobench.check.discovery;

import java.util.Optional;
import java.util.Set;
import org.sysmobench.tasks.InvariantKind;

/**
 * A proposed property that SANY accepted over the contract vocabulary, ready to be model checked.
 *
 * @param index its position among the sheet's properties (from 0)
 * @param definition its definition as written ({@code Name == ...})
 * @param variables the contract variables it mentions, itself or through the sheet's helpers
 * @param box for an action property, its parts
 */
record Candidate(int index, String name, InvariantKind kind, String meaning, String definition,
    Set<String> variables, Optional<BoxAction> box) {
  Candidate {
    variables = Set.copyOf(variables);
  }
}
