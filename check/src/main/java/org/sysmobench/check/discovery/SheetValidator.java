package org.sysmobench.check.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.discovery.PropertySheet.Block;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;

/**
 * Decides which proposed properties are well formed, with SANY: the sheet is parsed as a module that
 * extends only the contract vocabulary ({@link Vocabulary#module}) and the allowed modules, so an
 * unknown name, a wrong arity or a level error (a "safety" property with a prime, checked as {@code
 * [](P)}) is SANY's own error. A block SANY complains about is blanked and the rest parsed again, so one
 * bad property never takes the others down (a property using a blanked helper then fails in turn, and
 * says so). Words a sheet may not use ({@link Vocabulary#FORBIDDEN}) are refused before SANY.
 */
final class SheetValidator {
  static final String MODULE = "SysMoBench_Properties";
  /** Lines of the generated module before the sheet's first line. */
  private static final int OFFSET = 2;
  private static final String LEVEL = "SysMoBench_Level_";

  private final Sany sany;

  SheetValidator(Sany sany) {
    this.sany = sany;
  }

  /**
   * @param folder a fresh folder for the generated modules
   * @param limit at most this many properties are checked (in sheet order); the rest are over the limit
   */
  ValidatedSheet validate(PropertySheet sheet, Contract contract, Path folder, int limit) {
    List<String> problems = new ArrayList<>(sheet.problems());
    List<String> modules = new ArrayList<>();
    for (String m : sheet.modules()) {
      if (!Vocabulary.MODULES.contains(m)) {
        problems.add("EXTENDS " + m + " ignored: a property sheet may extend only " + String.join(", ",
            Vocabulary.MODULES.stream().sorted().toList()));
      } else if (!Vocabulary.BASE_MODULES.contains(m) && !modules.contains(m)) {
        modules.add(m);
      }
    }
    List<String> lines = new ArrayList<>(sheet.lines());
    Map<String, Block> blocks = new LinkedHashMap<>();
    sheet.blocks().forEach(b -> blocks.putIfAbsent(b.name(), b));
    List<ValidatedSheet.Proposal> proposals = new ArrayList<>();
    Map<String, String> rejected = new LinkedHashMap<>();
    List<String> overLimit = new ArrayList<>();
    List<Block> checked = new ArrayList<>();
    for (Block b : sheet.blocks()) {
      if (!b.isProperty()) {
        continue;
      }
      PropertySheet.Marker m = b.marker().orElseThrow();
      proposals.add(new ValidatedSheet.Proposal(b.name(), m.kind() == null ? ""
          : m.kind().name().toLowerCase(Locale.ROOT), m.meaning(), sheet.definition(b)));
      if (blocks.get(b.name()) != b) {
        rejected.put(b.name() + "#" + b.firstLine(), "defined twice");
      } else if (checked.size() >= limit) {
        overLimit.add(b.name());
      } else {
        checked.add(b);
      }
    }
    // Words no block may use; property-specific forms.
    Map<String, String> dropped = new LinkedHashMap<>();
    for (Block b : sheet.blocks()) {
      Set<String> words = TlaTokens.scan(sheet.text(b.firstLine(), b.lastLine())).names();
      Optional<String> bad = words.stream().filter(w -> Vocabulary.FORBIDDEN.contains(w)
          || w.startsWith(Vocabulary.RESERVED)).findFirst();
      if (bad.isPresent()) {
        dropped.put(b.name(), bad.get().startsWith(Vocabulary.RESERVED)
            ? "names starting with " + Vocabulary.RESERVED + " are reserved for the harness"
            : "uses '" + bad.get() + "', which a property sheet may not use");
      } else if (b.isProperty() && checked.contains(b)) {
        formProblem(b, sheet).ifPresent(p -> dropped.put(b.name(), p));
      }
    }
    dropped.keySet().forEach(n -> blank(lines, blocks.get(n)));
    sheet.blocks().stream().filter(b -> blocks.get(b.name()) != b).forEach(b -> blank(lines, b));
    // SANY, dropping what it complains about until the rest parses.
    List<Block> live = new ArrayList<>(sheet.blocks().stream().filter(b -> !dropped.containsKey(b.name())
        && blocks.get(b.name()) == b).toList());
    WorkFiles.write(folder.resolve(Vocabulary.MODULE + ".tla"), Vocabulary.module(contract));
    Path file = folder.resolve(MODULE + ".tla");
    for (int round = 0; round <= sheet.blocks().size() + 1; round++) {
      List<Block> levelChecked = live.stream().filter(b -> checked.contains(b)
          && b.marker().orElseThrow().kind() == InvariantKind.SAFETY).toList();
      WorkFiles.write(file, module(modules, lines, levelChecked));
      ParseResult r = sany.parseFile(file);
      if (r.ok()) {
        List<String> foreign = r.modules().stream().filter(m -> !m.equals(MODULE) && !m.equals(Vocabulary.MODULE)
            && !org.sysmobench.check.model.SpecModel.ALLOWED_MODULES.contains(m)).toList();
        if (!foreign.isEmpty()) {
          live.forEach(b -> dropped.put(b.name(), "the sheet depends on module(s) " + foreign));
          live.clear();
        }
        break;
      }
      Map<Block, String> culprits = culprits(r, lines.size(), live, levelChecked, blocks, dropped);
      if (culprits.isEmpty()) {
        String why = r.errors().isEmpty() ? "SANY rejected the sheet" : r.errors().get(0).message();
        live.forEach(b -> dropped.put(b.name(), "the sheet does not parse: " + why));
        live.clear();
        break;
      }
      culprits.forEach((b, why) -> {
        dropped.put(b.name(), why);
        blank(lines, b);
        live.remove(b);
      });
    }
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Set<String>> variables = variables(sheet, contract, live);
    int index = 0;
    for (Block b : checked) {
      if (dropped.containsKey(b.name())) {
        rejected.put(b.name(), dropped.get(b.name()));
      } else {
        PropertySheet.Marker m = b.marker().orElseThrow();
        String def = sheet.definition(b);
        candidates.add(new Candidate(index, b.name(), m.kind(), m.meaning(), def, variables.get(b.name()),
            m.kind() == InvariantKind.ACTION ? BoxAction.of(def) : Optional.empty()));
      }
      index++;
    }
    // A helper that failed is reported with the properties that needed it; other helpers are not properties.
    dropped.forEach((name, why) -> {
      Block b = blocks.get(name);
      if (b != null && !b.isProperty()) {
        problems.add("helper " + name + " ignored: " + why);
      }
    });
    return new ValidatedSheet(proposals, modules, lines, candidates, rejected, overLimit, problems);
  }

  /** Why a property's form is wrong for its kind, before SANY: empty when it is fine. */
  private static Optional<String> formProblem(Block b, PropertySheet sheet) {
    PropertySheet.Marker m = b.marker().orElseThrow();
    if (m.kind() == null) {
      return Optional.of("the marker names no kind (write \\* property safety|action|liveness: meaning)");
    }
    if (m.meaning().isBlank()) {
      return Optional.of("no one-line meaning after the marker");
    }
    if (b.arity() > 0) {
      return Optional.of("a property takes no parameters (quantify inside it)");
    }
    String def = sheet.definition(b);
    if (m.kind() == InvariantKind.ACTION && BoxAction.of(def).isEmpty()) {
      return Optional.of("an action property must be exactly [][A]_v, with A an action and v a variable or tuple");
    }
    if (m.kind() == InvariantKind.LIVENESS && !temporal(def)) {
      return Optional.of("a liveness property must be a temporal formula (with <>, ~>, [] or WF_/SF_)");
    }
    return Optional.empty();
  }

  private static boolean temporal(String def) {
    String body = def.substring(def.indexOf("==") + 2).replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"")
        .replaceAll("\\\\\\*.*", "");
    return body.contains("<>") || body.contains("~>") || body.contains("[]") || body.matches("(?s).*\\b[WS]F_.*");
  }

  private static String module(List<String> modules, List<String> lines, List<Block> levelChecked) {
    List<String> ext = new ArrayList<>(List.of(Vocabulary.MODULE));
    ext.addAll(Vocabulary.BASE_MODULES);
    ext.addAll(modules);
    StringBuilder sb = new StringBuilder("---- MODULE " + MODULE + " ----\n");
    sb.append("EXTENDS ").append(String.join(", ", ext)).append('\n');
    lines.forEach(l -> sb.append(l).append('\n'));
    for (Block b : levelChecked) {
      // A safety property must be a state predicate: [] of an action or a temporal formula is a level error.
      sb.append(LEVEL).append(b.name()).append(" == [](").append(b.name()).append(")\n");
    }
    return sb.append("====\n").toString();
  }

  /** The blocks SANY's errors point at, each with the message to report. */
  private static Map<Block, String> culprits(ParseResult r, int bodyLines, List<Block> live, List<Block> levelChecked,
      Map<String, Block> blocks, Map<String, String> dropped) {
    Map<Block, String> out = new LinkedHashMap<>();
    for (Diagnostic d : r.errors()) {
      if (!d.module().equals(MODULE) || !d.hasPosition()) {
        continue;
      }
      int line = d.line() - OFFSET;
      if (line > bodyLines) {
        int k = line - bodyLines - 1;
        if (k >= 0 && k < levelChecked.size()) {
          out.putIfAbsent(levelChecked.get(k), "not a state predicate (SANY: " + d.message() + ")");
        }
        continue;
      }
      for (Block b : live) {
        if (line >= b.firstLine() && line <= b.lastLine()) {
          String message = d.undefinedSymbol().filter(dropped::containsKey)
              .map(s -> "uses " + s + ", which is ill-formed (" + dropped.get(s) + ")")
              .orElse("line " + line + ": " + d.message());
          out.putIfAbsent(b, message);
        }
      }
    }
    return out;
  }

  private static void blank(List<String> lines, Block b) {
    if (b == null) {
      return;
    }
    for (int k = b.firstLine(); k <= b.lastLine(); k++) {
      lines.set(k - 1, "");
    }
  }

  /** For each block, the contract variables it mentions, through the helpers it uses. */
  private static Map<String, Set<String>> variables(PropertySheet sheet, Contract contract, List<Block> live) {
    Map<String, Set<String>> words = new HashMap<>();
    for (Block b : live) {
      words.put(b.name(), TlaTokens.scan(sheet.text(b.firstLine(), b.lastLine())).names());
    }
    Set<String> vars = new LinkedHashSet<>(Vocabulary.variables(contract));
    Map<String, Set<String>> out = new HashMap<>();
    for (Block b : live) {
      Set<String> seen = new LinkedHashSet<>();
      Set<String> mentioned = new LinkedHashSet<>();
      boolean usesAction = false;
      List<String> todo = new ArrayList<>(List.of(b.name()));
      while (!todo.isEmpty()) {
        String n = todo.remove(todo.size() - 1);
        if (!seen.add(n) || !words.containsKey(n)) {
          continue;
        }
        for (String w : words.get(n)) {
          if (vars.contains(w)) {
            mentioned.add(w);
          } else if (contract.action(w).isPresent()) {
            usesAction = true;
          } else if (words.containsKey(w) && !w.equals(n)) {
            todo.add(w);
          }
        }
      }
      // A contract action may read any variable: a property that uses one mentions them all.
      out.put(b.name(), usesAction ? vars : mentioned);
    }
    return out;
  }
}
