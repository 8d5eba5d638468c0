package org.sysmobench.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tla.text.TlaString;
import org.sysmobench.tla.tlc.HookReport;

/**
 * Which contract actions fire in a spec's state space, decided by meaning, not by name: an action
 * fires when some step TLC explores (a step of the spec's next-state action from a reachable state)
 * satisfies the contract action's operator with some arguments from the parameters' domains, and
 * changes some variable (or the contract marks the action as changing nothing). So an action reached
 * through a wrapper, a disjunct or an action folded into one {@code Next} counts, while an operator that
 * {@code Next} never takes, or that only ever stutters, does not.
 *
 * <p>Implemented as an action constraint that is always TRUE: TLC evaluates it on every step it
 * generates, and it reports to the evaluation hooks (with the job's key) each action the first time a
 * step satisfies it; an action already seen costs one hook call, and once all have been seen a step
 * costs one call in all (the guard). Number 0 is "some step changes some variable", contract action
 * {@code i} (0-based, in contract order) is number {@code i + 1}.
 */
public final class ActionTracker {
  /** The action constraint's name. */
  public static final String NAME = "SysMoBench_Track";
  private static final int CHANGES = 0;

  private ActionTracker() {}

  /**
   * The constraint's definition.
   *
   * @param contract the task's contract
   * @param defined the names of the contract actions the spec defines with the right arity (the others
   *     cannot fire)
   * @param key the job's hook key
   */
  public static String definition(Contract contract, Set<String> defined, String key) {
    String k = TlaString.literal(key);
    String vars = ModelModule.VARS;
    String changes = vars + "' # " + vars;
    List<String> lines = new ArrayList<>();
    lines.add(clause(k, CHANGES, changes));
    List<ContractAction> actions = contract.actions();
    for (int i = 0; i < actions.size(); i++) {
      ContractAction a = actions.get(i);
      if (!defined.contains(a.name())) {
        continue;
      }
      String satisfied = satisfied(a);
      lines.add(clause(k, i + 1, a.noop() ? satisfied : "(" + changes + " /\\ " + satisfied + ")"));
    }
    String guard = "SysMoBench_FiredFewer(" + k + ", " + lines.size() + ", " + vars + ")";
    return NAME + " ==\n  " + guard + " =>\n    /\\ " + String.join("\n    /\\ ", lines) + "\n";
  }

  private static String clause(String key, int number, String fires) {
    String state = ModelModule.VARS;
    return "(SysMoBench_Unfired(" + key + ", " + number + ", " + state + ") => (" + fires + " => SysMoBench_Fire(" + key
        + ", " + number + ", " + state + ")))";
  }

  /** {@code \E a1 \in D1, ... : A(a1, ...)}, with bound names the spec cannot use (reserved prefix). */
  private static String satisfied(ContractAction a) {
    if (a.arity() == 0) {
      return a.name();
    }
    List<String> bounds = new ArrayList<>();
    List<String> args = new ArrayList<>();
    for (int p = 0; p < a.arity(); p++) {
      String bound = "SysMoBench_a" + (p + 1);
      bounds.add(bound + " \\in " + a.domain(a.params().get(p)));
      args.add(bound);
    }
    return "(\\E " + String.join(", ", bounds) + " : " + a.name() + "(" + String.join(", ", args) + "))";
  }

  /** The contract actions the hooks saw fire, in contract order. */
  public static Set<String> fired(Contract contract, HookReport hooks) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < contract.actions().size(); i++) {
      if (hooks.fired().contains(i + 1)) {
        out.add(contract.actions().get(i).name());
      }
    }
    return out;
  }

  /** Whether some explored step changed some variable. */
  public static boolean changesState(HookReport hooks) {
    return hooks.fired().contains(CHANGES);
  }
}
