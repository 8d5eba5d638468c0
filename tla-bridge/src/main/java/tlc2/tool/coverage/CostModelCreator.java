package tlc2.tool.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tla2sany.semantic.SemanticNode;
import tla2sany.st.Location;
import tlc2.output.MP;
import tlc2.output.OutputCollector;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.util.Vect;

/**
 * Coverage counted per action only. Shadows the class of the same name in the TLA+ tools (the job's
 * class loader lists the bridge before the tools): TLC calls {@link #create} when coverage is on and
 * {@link #report} to print it, and nothing else of this class.
 *
 * <p>Why: TLC's own coverage wraps every expression of the spec in a counter and looks the counter up
 * in a hash map each time the expression is evaluated, a fifth to a quarter of a search's time (ZooKeeper
 * and etcd Raft reference specs). The benchmark reads only each action's figures (messages 2772 and
 * 2773: distinct states found, states generated), which TLC counts on the action's own counter; those
 * counters are kept exactly, the expression counters (message 2221) are not collected.
 *
 * <p>The action counters are made and shared as TLC makes them (one per initial predicate, one per
 * next-state action's formula however many times TLC split it, one per invariant; implied properties
 * only when the same system property asks for it), and reported in TLC's order and format.
 */
public final class CostModelCreator {
  /** The system property with which TLC also reports coverage of implied properties. */
  private static final String IMPLIED = CostModelCreator.class.getName() + ".implied";
  private static final int COVERAGE_START = 2201;
  private static final int COVERAGE_END = 2202;
  private static final int COVERAGE_END_OVERHEAD = 2777;
  private static final long OVERHEAD_REPORT_MILLIS = 300_000;

  private CostModelCreator() {}

  public static void create(ITool tool) {
    for (Action init : inits(tool)) {
      init.cm = new ActionCounts(init, ActionCounts.Kind.INIT);
    }
    // TLC splits one formula into several actions (one per disjunct's binding); they share a counter.
    Map<SemanticNode, CostModel> byFormula = new HashMap<>();
    for (Action next : tool.getActions()) {
      next.cm = byFormula.computeIfAbsent(next.pred, p -> new ActionCounts(next, ActionCounts.Kind.NEXT));
    }
    for (Action property : properties(tool)) {
      property.cm = new ActionCounts(property, ActionCounts.Kind.PROPERTY);
    }
  }

  public static void report(ITool tool, long startMillis) {
    MP.printMessage(COVERAGE_START);
    OutputCollector.setModuleNode(tool.getRootModule());
    for (Action init : inits(tool)) {
      init.cm.report();
    }
    // In the order of the actions' formulas in the source; one line per counter.
    TreeMap<Location, Action> bySource = new TreeMap<>();
    for (Action next : tool.getActions()) {
      bySource.putIfAbsent(next.pred.getLocation(), next);
    }
    Set<CostModel> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Action next : bySource.values()) {
      if (reported.add(next.cm)) {
        next.cm.report();
      }
    }
    for (Action property : properties(tool)) {
      property.cm.report();
    }
    boolean slow = System.currentTimeMillis() - startMillis > OVERHEAD_REPORT_MILLIS;
    MP.printMessage(slow ? COVERAGE_END_OVERHEAD : COVERAGE_END);
  }

  private static List<Action> inits(ITool tool) {
    Vect<Action> spec = tool.getInitStateSpec();
    List<Action> all = new ArrayList<>();
    for (int i = 0; i < spec.size(); i++) {
      all.add(spec.elementAt(i));
    }
    return all;
  }

  /** The invariants, then the implied properties when the system property asks for their coverage. */
  private static List<Action> properties(ITool tool) {
    List<Action> all = new ArrayList<>(List.of(tool.getInvariants()));
    if (Boolean.getBoolean(IMPLIED)) {
      all.addAll(List.of(tool.getImpliedInits()));
      all.addAll(List.of(tool.getImpliedActions()));
    }
    return all;
  }
}
