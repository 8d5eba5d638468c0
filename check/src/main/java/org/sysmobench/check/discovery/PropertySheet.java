package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.tasks.InvariantKind;

/**
 * An agent's proposed properties as text, taken apart into top-level definitions: nothing here is
 * evaluated, so the text cannot do anything but define.
 *
 * <h2>Design note: the property sheet, version 1</h2>
 *
 * <p>The text is a list of TLA+ definitions over the task's contract vocabulary, optionally preceded by
 * one {@code EXTENDS} line (standard modules and our pure library modules only) and optionally wrapped
 * in a module header and footer, which are ignored. A <em>property</em> is a definition without
 * parameters preceded by a marker comment line
 *
 * <pre>{@code
 * \* property safety: at most one thread holds the lock
 * MutualExclusion == \A a, b \in Threads : holds[a] > 0 /\ holds[b] > 0 => a = b
 * }</pre>
 *
 * <p>whose kind is {@code safety} (a state predicate), {@code action} (exactly {@code [][A]_v}) or
 * {@code liveness} (a temporal formula), and whose text after the colon is its one-line meaning. Other
 * definitions are helpers the properties may use. A line that starts at column 1 and is neither a
 * definition, a {@code RECURSIVE} declaration nor a comment (prose, a declaration, an {@code ASSUME})
 * is blanked and reported: it can never declare or assume anything.
 *
 * @param modules the modules of the {@code EXTENDS} line, as written
 * @param lines the text's lines with every ignored line blanked (line {@code k} is {@code lines.get(k - 1)})
 * @param blocks the top-level definitions, in order
 * @param problems what was ignored, one line each
 */
record PropertySheet(List<String> modules, List<String> lines, List<Block> blocks, List<String> problems) {
  PropertySheet {
    modules = List.copyOf(modules);
    lines = List.copyOf(lines);
    blocks = List.copyOf(blocks);
    problems = List.copyOf(problems);
  }

  /** A property's marker: its kind and one-line meaning. */
  record Marker(InvariantKind kind, String meaning, int line) {}

  /**
   * One top-level definition: its name, number of parameters, lines ({@code firstLine..lastLine}, the
   * marker and a {@code RECURSIVE} line included) and, for a property, its marker.
   */
  record Block(String name, int arity, int firstLine, int lastLine, Optional<Marker> marker) {
    boolean isProperty() {
      return marker.isPresent();
    }
  }

  private static final Pattern HEADER = Pattern.compile("^\\s*-{4,}\\s*MODULE\\s+\\w+\\s*-{4,}\\s*$");
  private static final Pattern FOOTER = Pattern.compile("^\\s*={4,}\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*```.*$");
  private static final Pattern EXTENDS = Pattern.compile("^EXTENDS\\s+(.*)$");
  private static final Pattern OPERATOR = Pattern.compile(
      "^(?:LOCAL\\s+)?([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\(([^)]*)\\))?\\s*==(?!=)");
  private static final Pattern FUNCTION = Pattern.compile("^(?:LOCAL\\s+)?([A-Za-z][A-Za-z0-9_]*)\\s*\\[.*]\\s*==");
  private static final Pattern MARKER = Pattern.compile(
      "^\\\\\\*\\s*property\\s*\\(?\\s*([A-Za-z]+)\\s*\\)?\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  /** Takes {@code text} apart. Never fails: what it cannot use is reported in {@link #problems()}. */
  static PropertySheet read(String text) {
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    List<String> problems = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    TlaTokens tokens = TlaTokens.scan(String.join("\n", lines));
    List<Block> blocks = new ArrayList<>();
    Marker pending = null;
    int pendingFrom = 0;
    String open = null;
    int openArity = 0;
    int openFirst = 0;
    Marker openMarker = null;
    for (int k = 1; k <= lines.size(); k++) {
      String line = lines.get(k - 1);
      if (tokens.startsInComment(k) || line.isBlank()) {
        continue;
      }
      Matcher marker = MARKER.matcher(line);
      if (marker.matches()) {
        if (pending != null) {
          problems.add("line " + pending.line() + ": a property marker with no definition after it");
        }
        pending = new Marker(kind(marker.group(1)), marker.group(2).strip(), k);
        pendingFrom = pendingFrom == 0 ? k : pendingFrom;
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) || line.startsWith("\\*") || line.startsWith("(*")) {
        continue;
      }
      if (HEADER.matcher(line).matches() || FOOTER.matcher(line).matches() || FENCE.matcher(line).matches()) {
        lines.set(k - 1, "");
        continue;
      }
      Matcher ext = EXTENDS.matcher(line);
      if (ext.matches() && blocks.isEmpty() && open == null) {
        for (String m : ext.group(1).split(",")) {
          if (!m.isBlank()) {
            modules.add(m.strip());
          }
        }
        lines.set(k - 1, "");
        continue;
      }
      if (line.startsWith("RECURSIVE")) {
        pendingFrom = pendingFrom == 0 ? k : pendingFrom;
        continue;
      }
      Matcher op = OPERATOR.matcher(line);
      Matcher fn = FUNCTION.matcher(line);
      if (op.find() || fn.find()) {
        if (open != null) {
          blocks.add(new Block(open, openArity, openFirst, lastBefore(lines, tokens, pendingFrom == 0 ? k : pendingFrom),
              Optional.ofNullable(openMarker)));
        }
        boolean isOp = op.find(0);
        open = isOp ? op.group(1) : fn.group(1);
        openArity = isOp && op.group(2) != null ? op.group(2).split(",").length : 0;
        openFirst = pendingFrom == 0 ? k : pendingFrom;
        openMarker = pending;
        pending = null;
        pendingFrom = 0;
        continue;
      }
      problems.add("line " + k + ": ignored (only definitions and comments may start at column 1): "
          + abbreviate(line.strip()));
      lines.set(k - 1, "");
    }
    if (open != null) {
      blocks.add(new Block(open, openArity, openFirst, lastBefore(lines, tokens,
          pendingFrom == 0 ? lines.size() + 1 : pendingFrom), Optional.ofNullable(openMarker)));
    }
    if (pending != null) {
      problems.add("line " + pending.line() + ": a property marker with no definition after it");
    }
    return new PropertySheet(modules, lines, blocks, problems);
  }

  /** The last non-blank line before {@code line} (the end of the block that runs up to it). */
  private static int lastBefore(List<String> lines, TlaTokens tokens, int line) {
    int k = line - 1;
    while (k > 1 && lines.get(k - 1).isBlank()) {
      k--;
    }
    return k;
  }

  /** The marker's kind; null for a word that names none (the property is then ill-formed). */
  private static InvariantKind kind(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "safety", "invariant" -> InvariantKind.SAFETY;
      case "action", "step" -> InvariantKind.ACTION;
      case "liveness", "temporal" -> InvariantKind.LIVENESS;
      default -> null;
    };
  }

  /** The text of lines {@code from..to}. */
  String text(int from, int to) {
    return String.join("\n", lines.subList(Math.max(0, from - 1), Math.min(lines.size(), to)));
  }

  /** The definition of {@code block} alone: from its name to its end, without marker or comments before it. */
  String definition(Block b) {
    for (int k = b.firstLine(); k <= b.lastLine(); k++) {
      String l = lines.get(k - 1);
      if (l.startsWith(b.name()) || l.startsWith("LOCAL")) {
        return text(k, b.lastLine()).strip();
      }
    }
    return text(b.firstLine(), b.lastLine()).strip();
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
