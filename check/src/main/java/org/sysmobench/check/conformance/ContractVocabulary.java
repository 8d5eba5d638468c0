package org.sysmobench.check.conformance;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tla.sany.ParseResult;

/**
 * Which names of the task's contract a parsed spec fails to declare (with the right arity for actions).
 * Traces start from the initial predicate of the spec's specification formula, whatever it is named.
 */
public final class ContractVocabulary {
  private ContractVocabulary() {}

  public static List<String> missing(Contract contract, ParseResult parse) {
    List<String> missing = new ArrayList<>();
    for (String c : contract.constants()) {
      if (!parse.constants().contains(c)) {
        missing.add("constant " + c);
      }
    }
    for (ContractVariable v : contract.variables()) {
      if (!parse.variables().contains(v.name())) {
        missing.add("variable " + v.name());
      }
    }
    for (ContractAction a : contract.actions()) {
      boolean ok = parse.definitions().stream().anyMatch(d -> d.name().equals(a.name()) && d.arity() == a.arity());
      if (!ok) {
        boolean wrongArity = parse.definitions().stream().anyMatch(d -> d.name().equals(a.name()));
        missing.add("action " + a.name() + "(" + String.join(", ", a.params()) + ")"
            + (wrongArity ? " (defined with another number of parameters)" : ""));
      }
    }
    return missing;
  }
}
