package org.sysmobench.tasks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sysmobench.model.TaskId;

/**
 * Reads a task folder into a {@link Task}, checking the schema of every file, that every referenced
 * file exists, and that the contract, events and invariant templates agree with each other. Every
 * problem is collected and reported at once in a {@link TaskPackageException}.
 *
 * <p>Checks that need the TLA+ tools (the reference spec parses, invariant definitions only use the
 * contract vocabulary) live in the check module, which knows SANY.
 */
public final class TaskLoader {
  public static final String TASK_FILE = "task.yaml";
  public static final String BRIEF_FILE = "brief.md";
  public static final String CONTRACT_FILE = "contract.yaml";
  public static final String INVARIANTS_FILE = "invariants.yaml";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private TaskLoader() {}

  public static Task load(Path folder) {
    Path dir = folder.toAbsolutePath().normalize();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      throw new TaskPackageException(dir, List.of("not a folder"));
    }
    YamlNode task = read(dir.resolve(TASK_FILE), problems);
    YamlNode contractYaml = read(dir.resolve(CONTRACT_FILE), problems);
    YamlNode invariantsYaml = read(dir.resolve(INVARIANTS_FILE), problems);
    String brief = readBrief(dir.resolve(BRIEF_FILE), problems);

    String idText = task.text("id");
    TaskId id = null;
    try {
      id = TaskId.of(idText);
      if (!idText.equals(dir.getFileName().toString())) {
        task.get("id").problem("task id '" + idText + "' must equal its folder name '" + dir.getFileName() + "'");
      }
    } catch (IllegalArgumentException e) {
      task.get("id").problem(e.getMessage());
    }
    String title = task.text("title");
    SystemKind kind = task.enumValue("kind", SystemKind.class, null);
    String language = task.text("language");
    boolean defaultSet = !task.has("default") || Boolean.parseBoolean(task.text("default"));
    SpecSettings spec = specSettings(task.get("spec"));
    Budgets budgets = budgets(task);
    List<SourceOrigin> sources = task.list("sources", false).stream().map(TaskLoader::source).toList();
    ReferenceSet reference = reference(task.get("reference"), dir);
    TraceSettings traces = traces(task, dir);

    Contract contract = contract(contractYaml);
    List<InvariantTemplate> invariants = invariants(invariantsYaml);
    crossCheck(contract, invariants, spec, contractYaml, invariantsYaml, task);

    if (!problems.isEmpty()) {
      throw new TaskPackageException(dir, problems);
    }
    return new Task(id, title, kind, language, dir, spec, budgets, sources, brief, contract, invariants,
        reference, traces, defaultSet);
  }

  private static YamlNode read(Path file, List<String> problems) {
    String where = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      problems.add(where + ": file is missing");
      return YamlNode.missing(where); // further problems of a missing file are noise
    }
    return YamlNode.readMapping(file, where, problems);
  }

  private static String readBrief(Path file, List<String> problems) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        problems.add(BRIEF_FILE + ": is empty");
      }
      return text;
    } catch (IOException e) {
      problems.add(BRIEF_FILE + ": file is missing");
      return "";
    }
  }

  private static SpecSettings specSettings(YamlNode spec) {
    String module = spec.text("module");
    if (!module.isEmpty() && !IDENTIFIER.matcher(module).matches()) {
      spec.get("module").problem("'" + module + "' is not a TLA+ module name");
    }
    Map<String, String> constants = spec.stringMap("constants");
    return new SpecSettings(module, spec.text("specification", "Spec"), constants);
  }

  private static Budgets budgets(YamlNode task) {
    YamlNode b = task.get("budgets");
    return new Budgets(
        budget(b.get("runtime"), PhaseBudget.DEFAULT_RUNTIME),
        budget(b.get("conformance"), PhaseBudget.DEFAULT_CONFORMANCE),
        budget(b.get("invariants"), PhaseBudget.DEFAULT_INVARIANTS),
        budget(b.get("liveness"), PhaseBudget.DEFAULT_LIVENESS));
  }

  private static PhaseBudget budget(YamlNode b, PhaseBudget fallback) {
    Duration time = fallback.wallTime();
    if (b.has("time")) {
      String t = b.text("time");
      time = DurationText.parse(t).orElseGet(() -> {
        b.get("time").problem("not a duration (like 30s, 2m): '" + t + "'");
        return fallback.wallTime();
      });
    }
    return new PhaseBudget(time, b.number("states", fallback.maxStates()),
        (int) b.number("simulations", fallback.simulations()), (int) b.number("depth", fallback.depth()));
  }

  private static SourceOrigin source(YamlNode s) {
    List<PinnedFile> files = s.list("files", true).stream().map(f -> {
      String sha = f.quotedText("sha256");
      if (sha.isEmpty()) {
        return null;
      }
      try {
        return new PinnedFile(f.text("path"), sha);
      } catch (IllegalArgumentException e) {
        f.problem(e.getMessage());
        return null;
      }
    }).filter(java.util.Objects::nonNull).toList();
    String kind = s.text("kind");
    switch (kind) {
      case "maven-sources": {
        String[] gav = s.text("artifact").split(":");
        if (gav.length != 3) {
          s.get("artifact").problem("must be group:artifact:version");
          return new SourceOrigin.MavenSources("", "", "", files);
        }
        return new SourceOrigin.MavenSources(gav[0], gav[1], gav[2], files);
      }
      case "debian":
        return new SourceOrigin.Debian(s.text("package"), s.text("version"), s.text("suite", ""), files);
      case "git":
        return new SourceOrigin.Git(s.text("url"), s.text("commit"), files);
      case "local":
        return new SourceOrigin.Local(s.text("folder"), files);
      default:
        s.get("kind").problem("unknown source kind '" + kind + "', expected maven-sources, debian, git or local");
        return new SourceOrigin.Local("", files);
    }
  }

  private static ReferenceSet reference(YamlNode r, Path dir) {
    Path spec = existing(dir, r.text("spec"), r.get("spec"));
    Path cfg = existing(dir, r.text("cfg"), r.get("cfg"));
    Set<String> names = new HashSet<>();
    List<Mutant> mutants = mutants(r, "mutants", dir, names);
    List<Mutant> discrimination = mutants(r, "discrimination", dir, names);
    return new ReferenceSet(spec, cfg, mutants, discrimination);
  }

  private static List<Mutant> mutants(YamlNode r, String field, Path dir, Set<String> names) {
    List<Mutant> mutants = new ArrayList<>();
    for (YamlNode m : r.list(field, false)) {
      String name = m.text("name");
      if (!names.add(name)) {
        m.get("name").problem("duplicate mutant name '" + name + "'");
      }
      List<String> losesIn = m.has("loses-in") ? m.texts("loses-in") : List.of();
      String equivalent = field.equals("discrimination") ? m.text("equivalent", "") : "";
      if (losesIn.isEmpty() && equivalent.isEmpty()) {
        m.problem("must say where it loses points ('loses-in': a phase or invariants:Name)"
            + (field.equals("discrimination") ? ", or why it cannot ('equivalent')" : ""));
      }
      for (String l : losesIn) {
        if (!l.matches("(syntax|runtime|conformance|invariants)(:[A-Za-z_][A-Za-z0-9_]*)?")) {
          m.get("loses-in").problem("'" + l + "' is not a phase (syntax, runtime, conformance, invariants[:Name])");
        }
      }
      mutants.add(new Mutant(name, existing(dir, m.text("spec"), m.get("spec")), m.text("description", ""), losesIn,
          equivalent));
    }
    return mutants;
  }

  private static Path existing(Path dir, String relative, YamlNode where) {
    if (relative.isEmpty()) {
      return dir;
    }
    Path p = dir.resolve(relative).normalize();
    if (!p.startsWith(dir)) {
      where.problem("path '" + relative + "' leaves the task folder");
    } else if (!Files.isRegularFile(p)) {
      where.problem("file '" + relative + "' does not exist");
    }
    return p;
  }

  private static TraceSettings traces(YamlNode task, Path dir) {
    YamlNode t = task.get("traces");
    String folder = t.text("folder", "traces");
    Path p = dir.resolve(folder).normalize();
    if (!p.startsWith(dir)) {
      t.get("folder").problem("path '" + folder + "' leaves the task folder");
    }
    double floor = 0;
    if (t.has("coverage-floor")) {
      String f = t.text("coverage-floor");
      try {
        floor = Double.parseDouble(f);
      } catch (NumberFormatException e) {
        floor = -1;
      }
      if (!(floor > 0 && floor <= 1)) {
        t.get("coverage-floor").problem("must be a share of branches above 0 and at most 1, not '" + f + "'");
        floor = 0;
      }
    }
    TraceSettings settings = new TraceSettings(p, p, t.texts("learning"), t.text("recorder", ""), t.stringMap("constants"),
        floor);
    if (p.startsWith(dir)) {
      for (String l : settings.learning()) {
        if (!Files.isRegularFile(p.resolve(l))) {
          t.get("learning").problem("learning trace '" + l + "' is not a file in " + folder);
        }
      }
      for (Path trace : settings.files()) {
        if (!hasEvents(trace)) {
          t.problem("trace " + dir.relativize(trace) + " holds no events (a header alone explains nothing: every spec, "
              + "even one whose Init is FALSE, would be credited with it)");
        }
      }
      if (!settings.files().isEmpty() && settings.scoringFiles().isEmpty()) {
        t.get("learning").problem("every trace is a learning trace: keep some as scoring traces");
      }
    }
    return settings;
  }

  /** Whether a non-blank line follows the header line (read no further: every load checks every trace). */
  private static boolean hasEvents(Path trace) {
    try (java.util.stream.Stream<String> lines = Files.lines(trace, StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank()).limit(2).count() == 2;
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static Contract contract(YamlNode c) {
    List<String> constants = c.texts("constants");
    List<ContractVariable> variables = c.list("variables", true).stream().map(v -> new ContractVariable(
        identifier(v, "name"), v.text("shape"), v.text("meaning"),
        v.enumValue("observed", Observation.class, Observation.HIDDEN))).toList();
    String nodeSet = c.text("nodes", "");
    List<ContractAction> actions = c.list("actions", true).stream().map(a -> {
      List<String> params = a.texts("params");
      params.forEach(p -> {
        if (!IDENTIFIER.matcher(p).matches()) {
          a.get("params").problem("'" + p + "' is not an identifier");
        }
      });
      Map<String, String> given = a.stringMap("domains");
      given.keySet().stream().filter(k -> !params.contains(k))
          .forEach(k -> a.get("domains").problem("'" + k + "' is not a parameter of this action"));
      Map<String, String> domains = new LinkedHashMap<>();
      for (String p : params) {
        String d = given.getOrDefault(p, nodeSet);
        if (d.isEmpty()) {
          a.get("domains").problem("parameter '" + p + "' needs a domain (the contract has no node set)");
        }
        domains.put(p, d);
      }
      return new ContractAction(identifier(a, "name"), params, a.text("meaning"), domains,
          Boolean.parseBoolean(a.text("noop", "false")));
    }).toList();
    List<EventMapping> events;
    if (c.has("events")) {
      events = c.list("events", true).stream().map(e -> new EventMapping(e.text("event"), e.text("action"),
          e.stringMap("args"))).toList();
    } else {
      // Default: events are named like actions, and each parameter comes from the event arg of the same name.
      events = actions.stream().map(a -> {
        Map<String, String> args = new LinkedHashMap<>();
        a.params().forEach(p -> args.put(p, p));
        return new EventMapping(a.name(), a.name(), args);
      }).toList();
    }
    if (!nodeSet.isEmpty() && !constants.contains(nodeSet)) {
      c.get("nodes").problem("'" + nodeSet + "' is not one of the contract's constants " + constants);
    }
    if (nodeSet.isEmpty() && variables.stream().anyMatch(v -> v.observation() == Observation.PER_NODE)) {
      c.problem("per-node variables need 'nodes: <constant naming the node set>'");
    }
    return new Contract(constants, nodeSet, variables, actions, events);
  }

  private static String identifier(YamlNode n, String field) {
    String s = n.text(field);
    if (!s.isEmpty() && !IDENTIFIER.matcher(s).matches()) {
      n.get(field).problem("'" + s + "' is not a TLA+ identifier");
    }
    return s;
  }

  private static List<InvariantTemplate> invariants(YamlNode y) {
    return y.list("invariants", true).stream().map(i -> new InvariantTemplate(identifier(i, "name"),
        i.enumValue("kind", InvariantKind.class, null), i.text("meaning"), i.text("definition"),
        i.stringMap("constants"), i.text("protects", ""))).toList();
  }

  private static void crossCheck(Contract contract, List<InvariantTemplate> invariants, SpecSettings spec,
      YamlNode contractYaml, YamlNode invariantsYaml, YamlNode task) {
    Set<String> names = new HashSet<>();
    for (String n : contract.constants()) {
      if (!names.add(n)) {
        contractYaml.problem("name '" + n + "' is declared twice");
      }
    }
    contract.variables().forEach(v -> {
      if (!names.add(v.name())) {
        contractYaml.problem("name '" + v.name() + "' is declared twice");
      }
    });
    contract.actions().forEach(a -> {
      if (!names.add(a.name())) {
        contractYaml.problem("name '" + a.name() + "' is declared twice");
      }
    });
    Set<String> events = new HashSet<>();
    for (EventMapping e : contract.events()) {
      if (!events.add(e.event())) {
        contractYaml.problem("event '" + e.event() + "' is mapped twice");
      }
      contract.action(e.action()).ifPresentOrElse(a -> {
        if (!e.args().keySet().equals(new java.util.LinkedHashSet<>(a.params()))) {
          contractYaml.problem("event '" + e.event() + "' gives arguments " + e.args().keySet()
              + " but action " + a.name() + " takes " + a.params());
        }
      }, () -> contractYaml.problem("event '" + e.event() + "' maps to unknown action '" + e.action() + "'"));
    }
    for (String c : contract.constants()) {
      if (!spec.constants().containsKey(c)) {
        task.get("spec").get("constants").problem("contract constant '" + c + "' has no value for model checking");
      }
    }
    Set<String> invNames = new HashSet<>();
    for (InvariantTemplate t : invariants) {
      if (!invNames.add(t.name())) {
        invariantsYaml.problem("invariant '" + t.name() + "' is defined twice");
      }
      if (names.contains(t.name())) {
        invariantsYaml.problem("invariant '" + t.name() + "' clashes with a contract name");
      }
      if (t.definition().isBlank()) {
        invariantsYaml.problem("invariant '" + t.name() + "' has no definition");
      }
      for (String c : t.constants().keySet()) {
        if (!spec.constants().containsKey(c)) {
          invariantsYaml.problem("invariant '" + t.name() + "' sets constant '" + c
              + "', which is not among the task's model-checking constants " + spec.constants().keySet());
        }
      }
    }
  }
}
