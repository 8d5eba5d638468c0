package org.sysmobench.tla.bridge.sany;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.Errors;
import tla2sany.semantic.ExternalModuleTable;
import tla2sany.semantic.InstanceNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.st.Location;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Parses one spec file with SANY and returns the raw report as JDK types.
 *
 * <p>The report map holds: {@code rc} (Integer, frontEndMain's result), {@code errorLevel} (Integer),
 * {@code output} (String, everything SANY printed), {@code messages} (List of message maps, see
 * {@link #message}), {@code rootModule} (String or absent), {@code definitions} (List of maps with
 * name, arity, local, instance, module, line, column, endLine, endColumn, and for operators
 * paramArities (each parameter's arity: 0 for an ordinary one), in source order), {@code
 * constants} and {@code variables} (List of String, in source order).
 *
 * <p>SANY keeps its output streams in the static {@code ToolIO.out/err}; they are swapped for a buffer
 * and restored in {@code finally}. Calls are serialized on a lock because SANY is not reentrant.
 */
public final class SanyDriver {

  private static final Object LOCK = new Object();

  private SanyDriver() {}

  /**
   * Parses {@code absoluteFile}, resolving modules from its folder and then from {@code libraryDirs}
   * in order.
   */
  public static Map<String, Object> parse(String absoluteFile, List<String> libraryDirs) {
    return parse(absoluteFile, libraryDirs, "");
  }

  /**
   * Parses {@code absoluteFile} as above and, when {@code specification} is not empty, takes apart the
   * root module's definition of that name (see {@link SpecFormulaAnalyzer}).
   */
  public static Map<String, Object> parse(String absoluteFile, List<String> libraryDirs, String specification) {
    synchronized (LOCK) {
      Map<String, Object> report = parseLocked(absoluteFile, libraryDirs);
      Object root = report.remove("rootNode");
      if (!specification.isEmpty() && root instanceof ModuleNode module) {
        analyzeSpecification(report, module, absoluteFile, specification);
      }
      return report;
    }
  }

  private static void analyzeSpecification(Map<String, Object> report, ModuleNode module, String absoluteFile,
      String specification) {
    if (((Integer) report.get("errorLevel")) != 0) {
      return;
    }
    try {
      String text = java.nio.file.Files.readString(java.nio.file.Path.of(absoluteFile), StandardCharsets.UTF_8);
      report.put("specFormula", SpecFormulaAnalyzer.analyze(module, new SourceText(text), specification));
    } catch (java.io.IOException | RuntimeException e) {
      Map<String, Object> failed = new LinkedHashMap<>();
      failed.put("problem", "the specification formula could not be analysed: " + e);
      report.put("specFormula", failed);
    }
  }

  private static Map<String, Object> parseLocked(String absoluteFile, List<String> libraryDirs) {
    String specDir = new java.io.File(absoluteFile).getAbsoluteFile().getParent();
    String[] resolverPath = new String[libraryDirs.size() + 1];
    resolverPath[0] = specDir;
    for (int i = 0; i < libraryDirs.size(); i++) {
      resolverPath[i + 1] = libraryDirs.get(i);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    PrintStream oldOut = ToolIO.out;
    PrintStream oldErr = ToolIO.err;
    Map<String, Object> report = new LinkedHashMap<>();
    List<Map<String, Object>> messages = new ArrayList<>();
    SpecObj spec = new SpecObj(absoluteFile, new SimpleFilenameToStream(resolverPath));
    int rc;
    ToolIO.out = capture;
    ToolIO.err = capture;
    try {
      rc = SANY.frontEndMain(spec, absoluteFile, capture);
    } catch (Throwable t) {
      // frontEndMain is documented to return -1, but SANY has internal crash paths (NPEs on odd input).
      rc = -1;
      messages.add(message("abort", "crash", null, t.toString()));
    } finally {
      ToolIO.out = oldOut;
      ToolIO.err = oldErr;
      capture.flush();
    }
    String output = buffer.toString(StandardCharsets.UTF_8);
    report.put("rc", rc);
    report.put("errorLevel", spec.getErrorLevel());
    report.put("output", output);
    collect(messages, "init", spec.getInitErrors());
    collect(messages, "parse", spec.getParseErrors());
    collect(messages, "global", spec.getGlobalContextErrors());
    collect(messages, "semantic", spec.getSemanticErrors());
    messages.addAll(PrintedErrors.scan(output));
    report.put("messages", messages);
    describeRoot(spec, report);
    report.put("modules", moduleNames(spec));
    return report;
  }

  private static void collect(List<Map<String, Object>> into, String phase, Errors errors) {
    if (errors == null) {
      return;
    }
    add(into, "abort", phase, errors.getAborts());
    add(into, "error", phase, errors.getErrors());
    add(into, "warning", phase, errors.getWarnings());
  }

  private static void add(List<Map<String, Object>> into, String severity, String phase, String[] texts) {
    if (texts == null) {
      return;
    }
    for (String text : texts) {
      // SANY stores "<location>\n\n<message>"; some aborts carry "In module X" or nothing as location.
      int split = text.indexOf("\n\n");
      String head = split >= 0 ? text.substring(0, split).strip() : "";
      String body = split >= 0 ? text.substring(split + 2).strip() : text.strip();
      if (head.equals("Unknown location")) {
        head = "";
      }
      Location loc = head.isEmpty() ? null : parseLocation(head);
      if (loc == null && !head.isEmpty() && !head.startsWith("In module")) {
        body = head + "\n" + body;
      }
      Map<String, Object> m = message(severity, phase, loc, body);
      if (loc == null && head.startsWith("In module")) {
        m.put("module", head.substring("In module".length()).strip());
      }
      into.add(m);
    }
  }

  private static Location parseLocation(String text) {
    try {
      Location loc = Location.parseLocation(text);
      return loc == null || loc.equals(Location.nullLoc) || loc.beginLine() <= 0 ? null : loc;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** One message map: severity, phase, message, and when known module, line, column, endLine, endColumn. */
  static Map<String, Object> message(String severity, String phase, Location loc, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", severity);
    m.put("phase", phase);
    m.put("message", text);
    if (loc != null) {
      m.put("module", loc.source());
      m.put("line", loc.beginLine());
      m.put("column", loc.beginColumn());
      m.put("endLine", loc.endLine());
      m.put("endColumn", loc.endColumn());
    }
    return m;
  }

  private static void describeRoot(SpecObj spec, Map<String, Object> report) {
    List<Map<String, Object>> definitions = new ArrayList<>();
    List<String> constants = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    report.put("definitions", definitions);
    report.put("constants", constants);
    report.put("variables", variables);
    ExternalModuleTable table = spec.getExternalModuleTable();
    ModuleNode root = table == null ? null : table.getRootModule();
    if (root == null) {
      return;
    }
    report.put("rootModule", root.getName().toString());
    report.put("rootNode", root); // for the specification analysis only; removed before the report leaves
    for (OpDeclNode c : inSourceOrder(root.getConstantDecls())) {
      if (c.getOriginallyDefinedInModuleNode() == root) {
        constants.add(c.getName().toString());
      }
    }
    for (OpDeclNode v : inSourceOrder(root.getVariableDecls())) {
      if (v.getOriginallyDefinedInModuleNode() == root) {
        variables.add(v.getName().toString());
      }
    }
    for (OpDefNode def : inSourceOrder(root.getOpDefs())) {
      // getOpDefs() also lists what EXTENDS brought in and the builtins; keep the root's own.
      if (def.getKind() != tla2sany.semantic.ASTConstants.UserDefinedOpKind
          || def.getOriginallyDefinedInModuleNode() != root) {
        continue;
      }
      // "M!Op" entries are what a named INSTANCE imports; the instance itself is listed below.
      if (def.getName().toString().contains("!")) {
        continue;
      }
      Map<String, Object> d = definition(def.getName().toString(), def.getArity(), def.isLocal(), false, def);
      List<Integer> paramArities = new ArrayList<>();
      for (tla2sany.semantic.FormalParamNode p : def.getParams()) {
        paramArities.add(p.getArity());
      }
      d.put("paramArities", paramArities);
      definitions.add(d);
    }
    for (InstanceNode instance : nullSafe(root.getInstances())) {
      if (instance.getName() != null) {
        definitions.add(definition(instance.getName().toString(), instanceArity(instance), instance.isLocal(), true,
            instance));
      }
    }
    definitions.sort(java.util.Comparator.comparingInt((Map<String, Object> d) -> (Integer) d.getOrDefault("line", 0))
        .thenComparingInt(d -> (Integer) d.getOrDefault("column", 0)));
  }

  private static List<String> moduleNames(SpecObj spec) {
    List<String> names = new ArrayList<>();
    ExternalModuleTable table = spec.getExternalModuleTable();
    if (table != null) {
      for (ModuleNode m : nullSafe(table.getModuleNodes())) {
        names.add(m.getName().toString());
      }
    }
    return names;
  }

  private static Map<String, Object> definition(String name, int arity, boolean local, boolean instance,
      tla2sany.semantic.SemanticNode node) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", name);
    d.put("arity", arity);
    d.put("local", local);
    d.put("instance", instance);
    Location loc = node.getTreeNode() == null ? null : node.getTreeNode().getLocation();
    if (loc != null) {
      d.put("module", loc.source());
      d.put("line", loc.beginLine());
      d.put("column", loc.beginColumn());
      d.put("endLine", loc.endLine());
      d.put("endColumn", loc.endColumn());
    }
    return d;
  }

  /** SANY keeps an instance's parameters in a package-private field; 0 if it cannot be read. */
  private static int instanceArity(InstanceNode instance) {
    try {
      java.lang.reflect.Field params = InstanceNode.class.getDeclaredField("params");
      params.setAccessible(true);
      Object value = params.get(instance);
      return value == null ? 0 : java.lang.reflect.Array.getLength(value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0;
    }
  }

  private static <T> List<T> nullSafe(T[] array) {
    return array == null ? List.of() : java.util.Arrays.asList(array);
  }

  /** SANY keeps declarations in hash order; callers want them as written. */
  private static <T extends tla2sany.semantic.SemanticNode> List<T> inSourceOrder(T[] array) {
    List<T> nodes = array == null ? new ArrayList<>() : new ArrayList<>(java.util.Arrays.asList(array));
    nodes.sort(java.util.Comparator.comparingInt((T n) -> lineOf(n)).thenComparingInt(n -> columnOf(n)));
    return nodes;
  }

  private static int lineOf(tla2sany.semantic.SemanticNode n) {
    return n.getTreeNode() == null ? Integer.MAX_VALUE : n.getTreeNode().getLocation().beginLine();
  }

  private static int columnOf(tla2sany.semantic.SemanticNode n) {
    return n.getTreeNode() == null ? Integer.MAX_VALUE : n.getTreeNode().getLocation().beginColumn();
  }
}
