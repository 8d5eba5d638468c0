package org.sysmobench.tla.sany;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sysmobench.tla.text.AsciiText;
import org.sysmobench.tla.text.PositionMap;
import org.sysmobench.tla.text.TextPosition;

/**
 * Turns the bridge's raw SANY report (JDK maps, see {@code SanyDriver}) into a {@link ParseResult}:
 * classifies each message into a {@link DiagnosticKind}, drops the position-less "Could not parse
 * module" abort when the printed error it summarises was found, and maps the positions of the modules
 * whose text it has (the root, and siblings that were rewritten) to character columns (SANY expands
 * tabs) and back through the Unicode rewrite.
 */
final class BridgeReport {

  /**
   * Messages of SANY's level checker. It reports through the same error list as semantic analysis, so
   * the kind is told by wording: "Level error ...", and the temporal/action mixing errors.
   */
  private static final Pattern LEVEL = Pattern.compile("(?i)^level\\b|level error|\\bhas level\\b"
      + "|both temporal formula and action|followed by action not of form|action used where only temporal"
      + "|temporal formula (?:used )?where|non-constant .* in ASSUME");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Appended to lexical errors on a non-ASCII character; {@link Sany} looks for it. */
  static final String NOT_ASCII_NOTE = "SANY accepts only ASCII outside comments";
  private static final Pattern NON_ASCII = Pattern.compile("Encountered: \"\\\\u([0-9a-fA-F]{4})\"");
  private static final String COULD_NOT_PARSE = "Could not parse module ";

  private final Map<String, Object> raw;
  private final String rootModule;
  private final Map<String, AsciiText> texts;
  private final Map<String, TabColumns> tabs = new java.util.HashMap<>();

  /**
   * @param raw the bridge's report
   * @param rootModule the file's module name
   * @param texts by module name: the text SANY saw (after the Unicode rewrite) and its position map;
   *     holds at least the root module
   */
  BridgeReport(Map<String, Object> raw, String rootModule, Map<String, AsciiText> texts) {
    this.raw = raw;
    this.rootModule = rootModule;
    this.texts = Map.copyOf(texts);
  }

  ParseResult toResult(List<Diagnostic> extraWarnings, List<String> unicodeRewritten) {
    int rc = (Integer) raw.get("rc");
    int errorLevel = (Integer) raw.get("errorLevel");
    List<Map<String, Object>> messages = list(raw.get("messages"));
    Set<String> modulesWithPrintedErrors = new HashSet<>();
    for (Map<String, Object> m : messages) {
      String phase = (String) m.get("phase");
      if (("lexical".equals(phase) || "parse".equals(phase)) && m.get("line") != null) {
        modulesWithPrintedErrors.add(String.valueOf(m.get("module")));
      }
    }
    List<Diagnostic> errors = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    boolean abortedOrFailed = false;
    for (Map<String, Object> m : messages) {
      String severity = (String) m.get("severity");
      String message = WHITESPACE.matcher((String) m.get("message")).replaceAll(" ").strip();
      boolean warning = "warning".equals(severity);
      abortedOrFailed |= !warning;
      if (message.startsWith(COULD_NOT_PARSE) && modulesWithPrintedErrors.contains(moduleIn(message))) {
        continue; // the printed lexical/parse error says the same, with a position
      }
      DiagnosticKind kind = kind((String) m.get("phase"), message);
      if (kind == DiagnosticKind.LEXICAL) {
        message = explainNonAscii(message);
      }
      Diagnostic d = diagnostic(m, kind, warning ? Severity.WARNING : Severity.ERROR, message);
      (warning ? warnings : errors).add(d);
    }
    boolean ok = rc == 0 && errorLevel == 0 && !abortedOrFailed;
    if (!ok && errors.isEmpty()) {
      // SANY failed without saying why in a form we recognise: never report a silent failure.
      errors.add(new Diagnostic(DiagnosticKind.OTHER, Severity.ERROR, rootModule, 0, 0, 0, 0,
          "SANY failed (rc=" + rc + ", error level " + errorLevel + ") without a message; its output: "
              + WHITESPACE.matcher((String) raw.get("output")).replaceAll(" ").strip()));
    }
    List<Diagnostic> all = new ArrayList<>(errors);
    all.addAll(warnings);
    all.addAll(extraWarnings);
    List<Definition> definitions = new ArrayList<>();
    for (Map<String, Object> d : list(raw.get("definitions"))) {
      SourceRange range = range(d);
      int arity = (Integer) d.get("arity");
      boolean instance = Boolean.TRUE.equals(d.get("instance"));
      @SuppressWarnings("unchecked")
      List<Integer> params = d.get("paramArities") instanceof List<?> l ? (List<Integer>) l
          : java.util.Collections.nCopies(instance ? 0 : Math.max(arity, 0), 0);
      definitions.add(new Definition((String) d.get("name"), arity, Boolean.TRUE.equals(d.get("local")), instance,
          range, params));
    }
    String module = raw.get("rootModule") instanceof String s ? s : rootModule;
    return new ParseResult(ok, module, all, definitions, strings(raw.get("constants")), strings(raw.get("variables")),
        unicodeRewritten, (String) raw.get("output"), strings(raw.get("modules")), specFormula(raw.get("specFormula")));
  }

  @SuppressWarnings("unchecked")
  private static SpecFormula specFormula(Object o) {
    if (!(o instanceof Map<?, ?> m)) {
      return SpecFormula.NONE;
    }
    if (m.get("problem") instanceof String problem) {
      return new SpecFormula(problem, List.of(), SpecFormula.Piece.EMPTY, List.of(), Map.of(), List.of());
    }
    Map<String, SpecFormula.FairnessOperator> operators = new java.util.LinkedHashMap<>();
    ((Map<String, Map<String, Object>>) m.get("operators")).forEach((name, op) -> operators.put(name,
        new SpecFormula.FairnessOperator(list(op.get("params")).stream()
            .map(p -> new SpecFormula.Param((String) p.get("name"), (Integer) p.get("arity"))).toList(),
            piece((Map<String, Object>) op.get("body")))));
    return new SpecFormula("", list(m.get("init")).stream().map(BridgeReport::piece).toList(),
        piece((Map<String, Object>) m.get("next")), list(m.get("fairness")).stream().map(BridgeReport::piece).toList(),
        operators, list(m.get("ignored")).stream().map(BridgeReport::piece).toList());
  }

  private static SpecFormula.Piece piece(Map<String, Object> p) {
    List<SpecFormula.Hole> holes = list(p.get("holes")).stream().map(h -> new SpecFormula.Hole(
        SpecFormula.HoleKind.valueOf(((String) h.get("kind")).toUpperCase(java.util.Locale.ROOT)),
        (Integer) h.get("start"), (Integer) h.get("end"), (String) h.getOrDefault("subscript", ""),
        (String) h.getOrDefault("action", ""), (String) h.getOrDefault("name", ""))).toList();
    return new SpecFormula.Piece((String) p.get("text"), (Integer) p.get("line"), (Integer) p.get("column"), holes,
        (String) p.getOrDefault("why", ""));
  }

  /** SANY names a non-ASCII character only by its escape; say which character it is and why it fails. */
  private static String explainNonAscii(String message) {
    java.util.regex.Matcher m = NON_ASCII.matcher(message);
    if (!m.find()) {
      return message;
    }
    int code = Integer.parseInt(m.group(1), 16);
    return message + " (the character '" + (char) code + "', U+" + m.group(1).toUpperCase(java.util.Locale.ROOT)
        + ": " + NOT_ASCII_NOTE + ")";
  }

  private static DiagnosticKind kind(String phase, String message) {
    if ("lexical".equals(phase)) {
      return DiagnosticKind.LEXICAL;
    }
    if ("parse".equals(phase) && !message.startsWith("Cannot find") && !message.startsWith("File name")) {
      return message.startsWith(COULD_NOT_PARSE) || message.contains("Encountered") ? DiagnosticKind.PARSE
          : DiagnosticKind.OTHER;
    }
    if (message.contains("Cannot find source file for module")) {
      return DiagnosticKind.MISSING_MODULE;
    }
    if (message.startsWith("File name") && message.contains("does not match the name")) {
      return DiagnosticKind.NAME_MISMATCH;
    }
    if ("semantic".equals(phase) || "global".equals(phase)) {
      return LEVEL.matcher(message).find() ? DiagnosticKind.LEVEL : DiagnosticKind.SEMANTIC;
    }
    return DiagnosticKind.OTHER;
  }

  private Diagnostic diagnostic(Map<String, Object> m, DiagnosticKind kind, Severity severity, String message) {
    String module = m.get("module") instanceof String s ? s : moduleIn(message);
    if (m.get("line") == null) {
      return new Diagnostic(kind, severity, module == null ? rootModule : module, 0, 0, 0, 0, message);
    }
    SourceRange r = range(m);
    return new Diagnostic(kind, severity, r.module(), r.line(), r.column(), r.endLine(), r.endColumn(), message);
  }

  private SourceRange range(Map<String, Object> m) {
    String module = m.get("module") instanceof String s ? s : rootModule;
    if (m.get("line") == null) {
      return new SourceRange(module, 0, 0, 0, 0);
    }
    int line = (Integer) m.get("line");
    int column = (Integer) m.get("column");
    int endLine = (Integer) m.get("endLine");
    int endColumn = (Integer) m.get("endColumn");
    AsciiText text = texts.get(module);
    if (text != null && line > 0 && column > 0) {
      TabColumns tab = tabs.computeIfAbsent(module, k -> new TabColumns(text.text()));
      PositionMap positions = text.positions();
      column = tab.charColumn(line, column);
      if (endLine > 0 && endColumn > 0) {
        endColumn = tab.charColumn(endLine, endColumn);
      }
      TextPosition start = positions.original(line, column);
      line = start.line();
      column = start.column();
      if (endLine > 0 && endColumn > 0) {
        // The end is inclusive: map its char, then extend to the end of a symbol that grew longer.
        TextPosition end = positions.original(endLine, endColumn);
        TextPosition after = positions.original(endLine, endColumn + 1);
        endLine = end.line();
        endColumn = Math.max(end.column(), after.column() - 1);
      }
    }
    return new SourceRange(module, line, column, endLine, endColumn);
  }

  /** The X of "Could not parse module X from file ...", or null. */
  private static String moduleIn(String message) {
    if (!message.startsWith(COULD_NOT_PARSE)) {
      return null;
    }
    String rest = message.substring(COULD_NOT_PARSE.length());
    int space = rest.indexOf(' ');
    return space < 0 ? rest : rest.substring(0, space);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return o == null ? List.of() : (List<Map<String, Object>>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    return o == null ? List.of() : List.copyOf((List<String>) o);
  }
}
