package org.sysmobench.tla.bridge.sany;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parse and lexical errors in SANY's printed output.
 *
 * <p>Why: the javacc parser prints these errors (with their line and column) to {@code ToolIO.out}
 * and stores only a position-less abort "Could not parse module X" in SANY's error objects. The module
 * an error belongs to is the one named by the latest "Parsing file ..." line.
 */
final class PrintedErrors {

  private static final Pattern PARSING_FILE = Pattern.compile("^Parsing file (.+)$");
  private static final Pattern LEXICAL = Pattern.compile("^Lexical error at line (\\d+), column (\\d+)\\.\\s*(.*)$");
  private static final Pattern OPEN_COMMENT =
      Pattern.compile("^Lexical \\{error: EOF reached, possibly open comment starting around line (\\d+)");
  private static final Pattern AT_LINE_COLUMN = Pattern.compile("at line (\\d+), column (\\d+)");
  private static final String PARSE_HEADER = "***Parse Error***";

  private PrintedErrors() {}

  static List<Map<String, Object>> scan(String output) {
    List<Map<String, Object>> found = new ArrayList<>();
    String[] lines = output.split("\\R");
    String module = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher m;
      if ((m = PARSING_FILE.matcher(line)).find()) {
        module = moduleOf(m.group(1));
      } else if ((m = LEXICAL.matcher(line)).find()) {
        found.add(error("lexical", module, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            "Lexical error: " + m.group(3).strip()));
      } else if ((m = OPEN_COMMENT.matcher(line)).find()) {
        found.add(error("lexical", module, Integer.parseInt(m.group(1)), 1,
            "End of file inside a comment: a (* comment opened around line " + m.group(1) + " is never closed"));
      } else if (line.strip().equals(PARSE_HEADER)) {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        // The message runs until the parser's "Residual stack trace" or the fatal-error summary.
        for (; j < lines.length; j++) {
          String l = lines[j];
          if (l.startsWith("Residual stack trace") || l.startsWith("Fatal errors") || l.startsWith("Parsing file")) {
            break;
          }
          if (!l.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n").append(l.strip());
          }
        }
        Matcher at = AT_LINE_COLUMN.matcher(text);
        int ln = at.find() ? Integer.parseInt(at.group(1)) : 0;
        int col = ln > 0 ? Integer.parseInt(at.group(2)) : 0;
        found.add(error("parse", module, ln, col, text.toString()));
        i = j - 1;
      }
    }
    return found;
  }

  private static String moduleOf(String path) {
    String name = new java.io.File(path.strip()).getName();
    return name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
  }

  private static Map<String, Object> error(String phase, String module, int line, int column, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", "error");
    m.put("phase", phase);
    m.put("message", text);
    if (module != null) {
      m.put("module", module);
    }
    if (line > 0) {
      m.put("line", line);
      m.put("column", column);
      m.put("endLine", line);
      m.put("endColumn", column);
    }
    return m;
  }
}
