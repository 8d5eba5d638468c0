package org.sysmobench.tla.bridge.sany;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.st.Location;

/**
 * Takes apart the specification formula a task names (usually {@code Spec == Init /\ [][Next]_vars /\
 * <fairness>}) as TLC would read it, so that the harness can check the spec's own behaviour: the
 * initial predicate, the next-state action, and the fairness conditions, each as source text.
 *
 * <p>Conjunctions are flattened and zero-argument temporal definitions unfolded ({@code Spec == Safe
 * /\ Fair}). A conjunct of state level is part of the initial predicate; {@code [][A]_v} gives the
 * next-state action {@code A} (exactly one is allowed); a temporal conjunct built only from WF/SF,
 * conjunctions, bounded universal quantifiers and operators of the module is a fairness condition,
 * reported with its "holes": each WF/SF (with its subscript and action) and each operator call (with
 * the operator's body and holes), so the harness can rewrite it into the check that every fair action
 * is a step of the next-state action. Any other temporal conjunct is reported as ignored, with why.
 *
 * <p>Result (JDK types): {@code problem} (String, only when the formula cannot be taken apart), else
 * {@code init} (List of pieces), {@code next} (piece), {@code fairness} (List of pieces with {@code
 * holes}), {@code operators} (Map of name to {@code params} (List of {@code name}, {@code arity}),
 * {@code body} (piece with holes)), {@code ignored} (List of pieces with {@code why}). A piece is
 * {@code text} (the source text, verbatim), {@code column} (SANY's visual column of its first
 * character; continuation lines keep theirs, so the text must be re-emitted at that column to keep
 * junction-list alignment) and {@code line}. A hole is {@code kind} ({@code wf}, {@code sf}, {@code
 * call}), {@code start} and {@code end} (character offsets in the piece's text, end exclusive), and
 * {@code subscript} and {@code action} texts (WF/SF) or {@code name} (call).
 */
final class SpecFormulaAnalyzer {
  private final ModuleNode root;
  private final SourceText source;
  private final List<Object> init = new ArrayList<>();
  private final List<Object> fairness = new ArrayList<>();
  private final List<Object> ignored = new ArrayList<>();
  private final Map<String, Object> operators = new LinkedHashMap<>();
  private Map<String, Object> next;

  private SpecFormulaAnalyzer(ModuleNode root, SourceText source) {
    this.root = root;
    this.source = source;
  }

  /** Takes apart the definition {@code name} of {@code root}, whose file text is {@code source}. */
  static Map<String, Object> analyze(ModuleNode root, SourceText source, String name) {
    Map<String, Object> out = new LinkedHashMap<>();
    OpDefNode def = null;
    for (OpDefNode d : root.getOpDefs()) {
      if (d.getName().toString().equals(name) && d.getKind() == ASTConstants.UserDefinedOpKind
          && d.getOriginallyDefinedInModuleNode() == root) {
        def = d;
      }
    }
    if (def == null) {
      out.put("problem", "the module defines no " + name + " (the specification formula, e.g. " + name
          + " == Init /\\ [][Next]_vars /\\ <fairness>)");
      return out;
    }
    if (def.getArity() != 0) {
      out.put("problem", name + " must take no parameters");
      return out;
    }
    SpecFormulaAnalyzer a = new SpecFormulaAnalyzer(root, source);
    try {
      a.flatten(def.getBody());
      if (a.next == null) {
        throw new Unsupported(name + " has no [][Next]_vars conjunct");
      }
    } catch (Unsupported u) {
      out.put("problem", u.getMessage());
      return out;
    }
    out.put("init", a.init);
    out.put("next", a.next);
    out.put("fairness", a.fairness);
    out.put("operators", a.operators);
    out.put("ignored", a.ignored);
    return out;
  }

  private void flatten(ExprNode e) {
    if (e instanceof LetInNode) {
      throw new Unsupported("a LET at the top of the specification formula is not supported; define its parts at "
          + "the top level");
    }
    if (e instanceof OpApplNode o) {
      if (isConjunction(o)) {
        for (ExprOrOpArgNode arg : o.getArgs()) {
          flatten((ExprNode) arg);
        }
        return;
      }
      if (o.getOperator() instanceof OpDefNode d && isOwn(d) && d.getArity() == 0 && o.getLevel() == 3) {
        flatten(d.getBody()); // Spec == SafetySpec /\ Fairness
        return;
      }
    }
    classify(e);
  }

  private void classify(ExprNode e) {
    int level = e.getLevel();
    if (level <= 1) {
      init.add(piece(e));
      return;
    }
    if (level == 2) {
      throw new Unsupported("the specification formula has an action-level conjunct at line " + location(e).beginLine()
          + " (an action belongs inside [][...]_vars)");
    }
    if (e instanceof OpApplNode o && "[]".equals(name(o)) && o.getArgs().length == 1
        && o.getArgs()[0] instanceof OpApplNode box && "$SquareAct".equals(name(box))) {
      if (next != null) {
        throw new Unsupported("the specification formula has two [][...]_v conjuncts; combine them into one "
            + "next-state action");
      }
      next = piece((ExprNode) box.getArgs()[0]);
      return;
    }
    Map<String, Object> p = piece(e);
    try {
      p.put("holes", holes(e, e, new HashSet<>()));
      fairness.add(p);
    } catch (Unsupported u) {
      p.put("why", u.getMessage());
      ignored.add(p);
    }
  }

  /** The WF/SF and operator calls inside fairness condition {@code e}, as offsets in {@code outer}'s text. */
  private List<Object> holes(ExprNode e, ExprNode outer, Set<String> visiting) {
    List<Object> out = new ArrayList<>();
    collect(e, outer, out, visiting);
    return out;
  }

  private void collect(ExprNode e, ExprNode outer, List<Object> out, Set<String> visiting) {
    if (!(e instanceof OpApplNode o)) {
      throw new Unsupported("not a fairness condition (WF/SF under conjunctions and \\A x \\in S)");
    }
    String op = name(o);
    if ("$WF".equals(op) || "$SF".equals(op)) {
      Map<String, Object> h = hole(o, outer, "$WF".equals(op) ? "wf" : "sf");
      h.put("subscript", source.text(location((ExprNode) o.getArgs()[0])));
      h.put("action", source.text(location((ExprNode) o.getArgs()[1])));
      out.add(h);
      return;
    }
    if (isConjunction(o)) {
      for (ExprOrOpArgNode arg : o.getArgs()) {
        collect((ExprNode) arg, outer, out, visiting);
      }
      return;
    }
    if ("$BoundedForall".equals(op) && o.getArgs().length == 1) {
      collect((ExprNode) o.getArgs()[0], outer, out, visiting);
      return;
    }
    if (o.getOperator() instanceof OpDefNode d && isOwn(d) && o.getLevel() == 3) {
      String called = d.getName().toString();
      Map<String, Object> h = hole(o, outer, "call");
      h.put("name", called);
      out.add(h);
      describeOperator(d, visiting);
      return;
    }
    throw new Unsupported("'" + shortText(o) + "' is not a fairness condition (WF/SF under conjunctions and "
        + "\\A x \\in S)");
  }

  private void describeOperator(OpDefNode d, Set<String> visiting) {
    String n = d.getName().toString();
    if (operators.containsKey(n)) {
      return;
    }
    if (!visiting.add(n)) {
      throw new Unsupported("recursive fairness operator " + n);
    }
    List<Object> params = new ArrayList<>();
    for (FormalParamNode p : d.getParams()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.getName().toString());
      m.put("arity", p.getArity());
      params.add(m);
    }
    Map<String, Object> body = piece(d.getBody());
    body.put("holes", holes(d.getBody(), d.getBody(), visiting));
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("params", params);
    op.put("body", body);
    operators.put(n, op);
    visiting.remove(n);
  }

  private Map<String, Object> hole(OpApplNode node, ExprNode outer, String kind) {
    Location at = location(node);
    Location in = location(outer);
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("kind", kind);
    h.put("start", source.offset(at.beginLine(), at.beginColumn()) - source.offset(in.beginLine(), in.beginColumn()));
    h.put("end", source.offset(at.endLine(), at.endColumn()) + 1 - source.offset(in.beginLine(), in.beginColumn()));
    return h;
  }

  private Map<String, Object> piece(ExprNode e) {
    Location loc = location(e);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("text", source.text(loc));
    p.put("line", loc.beginLine());
    p.put("column", loc.beginColumn());
    return p;
  }

  private Location location(SemanticNode n) {
    Location loc = n.getLocation();
    if (loc == null || loc.beginLine() <= 0 || !root.getName().toString().equals(loc.source())) {
      throw new Unsupported("part of the specification formula is not written in module " + root.getName());
    }
    return loc;
  }

  private boolean isOwn(OpDefNode d) {
    return d.getKind() == ASTConstants.UserDefinedOpKind && d.getOriginallyDefinedInModuleNode() == root;
  }

  private static boolean isConjunction(OpApplNode o) {
    String n = name(o);
    return "$ConjList".equals(n) || "\\land".equals(n);
  }

  private static String name(OpApplNode o) {
    return o.getOperator().getName().toString();
  }

  private String shortText(ExprNode e) {
    String t = source.text(e.getLocation()).replaceAll("\\s+", " ");
    return t.length() > 60 ? t.substring(0, 60) + "..." : t;
  }

  /** A formula the analyzer does not take apart, with the reason for people. */
  private static final class Unsupported extends RuntimeException {
    Unsupported(String message) {
      super(message, null, false, false);
    }
  }
}
