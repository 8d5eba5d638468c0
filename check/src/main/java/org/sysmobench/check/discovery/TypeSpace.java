package org.sysmobench.check.discovery;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The well-typed states a property is judged trivial on: every value of each contract variable's shape
 * (the contract's type invariant), made finite. A property that holds in all of them says nothing about
 * the system: it is a tautology or follows from the type invariant alone.
 *
 * <p>How a shape is made finite (documented rule, the same for every task): {@code Nat} becomes {@code
 * 0..B} and {@code Int} {@code -B..B}, where {@code B} is the largest integer among the task's
 * model-checking constants (at least 1); {@code SUBSET S} becomes the subsets of {@code S} with at most
 * two elements, {@code Seq(S)} the sequences of length at most two. Everything else (functions, records,
 * ranges over the constants) is finite already. A property the finite space cannot refute within the
 * walk's budget is not called trivial: it must still be violated by a hidden mutant to earn anything.
 */
final class TypeSpace {
  private static final Pattern NAT = Pattern.compile("\\bNat\\b");
  private static final Pattern INT = Pattern.compile("\\bInt\\b");
  private static final Pattern SEQ = Pattern.compile("\\bSeq\\s*\\(");

  private TypeSpace() {}

  /** The largest integer among {@code constants}' values, at least 1. */
  static int bound(Map<String, String> constants) {
    int b = 1;
    for (String v : constants.values()) {
      if (v.strip().matches("\\d{1,6}")) {
        b = Math.max(b, Integer.parseInt(v.strip()));
      }
    }
    return b;
  }

  /** The definitions a bounded shape uses. */
  static List<String> definitions(int bound) {
    return List.of(
        "SysMoBench_TNat == 0.." + bound,
        "SysMoBench_TInt == (0 - " + bound + ").." + bound,
        "SysMoBench_TSubsets(SysMoBench_S) == {{}} \\cup {{SysMoBench_a} : SysMoBench_a \\in SysMoBench_S}"
            + " \\cup {{SysMoBench_a, SysMoBench_b} : SysMoBench_a \\in SysMoBench_S, SysMoBench_b \\in SysMoBench_S}",
        "SysMoBench_TSeqs(SysMoBench_S) == {<<>>} \\cup {<<SysMoBench_a>> : SysMoBench_a \\in SysMoBench_S}"
            + " \\cup {<<SysMoBench_a, SysMoBench_b>> : SysMoBench_a \\in SysMoBench_S, SysMoBench_b \\in SysMoBench_S}");
  }

  /** {@code shape} made finite. */
  static String bounded(String shape) {
    String s = NAT.matcher(shape).replaceAll("SysMoBench_TNat");
    s = INT.matcher(s).replaceAll("SysMoBench_TInt");
    s = SEQ.matcher(s).replaceAll("SysMoBench_TSeqs(");
    int at;
    while ((at = subsetAt(s)) >= 0) {
      int start = at + "SUBSET".length();
      int end = operandEnd(s, start);
      s = s.substring(0, at) + "SysMoBench_TSubsets(" + s.substring(start, end).strip() + ")" + s.substring(end);
    }
    return s;
  }

  private static int subsetAt(String s) {
    java.util.regex.Matcher m = Pattern.compile("\\bSUBSET\\b").matcher(s);
    while (m.find()) {
      if (!inString(s, m.start())) {
        return m.start();
      }
    }
    return -1;
  }

  private static boolean inString(String s, int at) {
    int quotes = 0;
    for (int i = 0; i < at; i++) {
      if (s.charAt(i) == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /** Where {@code SUBSET}'s operand starting at {@code from} ends: a comma or closing bracket at its level. */
  private static int operandEnd(String s, int from) {
    int depth = 0;
    boolean string = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && s.charAt(i - 1) != '\\') {
        string = !string;
      } else if (string) {
        continue;
      } else if (c == '(' || c == '[' || c == '{' || s.startsWith("<<", i)) {
        depth++;
        i += s.startsWith("<<", i) ? 1 : 0;
      } else if (c == ')' || c == ']' || c == '}' || s.startsWith(">>", i)) {
        if (depth == 0) {
          return i;
        }
        depth--;
        i += s.startsWith(">>", i) ? 1 : 0;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return s.length();
  }
}
