package org.sysmobench.tasks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A task's settings for the invariants track (agents propose the properties themselves), read from the
 * optional file {@value #FILE} of the task folder. A task without it has no invariants track.
 *
 * <h2>Design note: {@code discovery.yaml}, version 1</h2>
 *
 * <pre>{@code
 * hidden-mutants:                       # at least one; never shown to an agent
 *   - name: holder-reenters-twice
 *     spec: reference/hidden-mutants/holder-reenters-twice/ReentrantLock.tla
 *     description: one line saying what is wrong
 *     breaks: [MutualExclusion]         # expert templates it violates ([] when none)
 * liveness-constants: {MaxCrashes: "0"} # optional: constants over the task's for proposed liveness properties
 * }</pre>
 *
 * <p>Hidden mutants live under {@code reference/hidden-mutants/}, apart from the spec track's
 * {@code reference/mutants/}: a report may name the spec track's mutants, but the hidden ones decide
 * whether a proposed property tells a wrong system from the right one, so no agent, critic or prompt ever
 * sees them. They keep the contract's shapes (the type invariant), so a property that follows from the
 * type invariant is never violated by one of them.
 *
 * @param hiddenMutants the hidden mutants, in file order
 * @param livenessConstants TLC constants over the task's model for checking proposed liveness properties
 *     (as a liveness template may narrow the model to keep TLC's liveness check small)
 */
public record DiscoverySettings(List<HiddenMutant> hiddenMutants, Map<String, String> livenessConstants) {
  public static final String FILE = "discovery.yaml";

  public DiscoverySettings {
    hiddenMutants = List.copyOf(hiddenMutants);
    livenessConstants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(livenessConstants));
  }

  /** Whether the task has an invariants track (a {@value #FILE}). */
  public static boolean exists(Task task) {
    return Files.isRegularFile(task.folder().resolve(FILE));
  }

  /**
   * The task's settings; empty when the task has no {@value #FILE}.
   *
   * @throws TaskPackageException when the file is there but wrong (every problem at once)
   */
  public static Optional<DiscoverySettings> load(Task task) {
    Path dir = task.folder();
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    YamlNode node = YamlNode.readMapping(file, FILE, problems);
    if (!problems.isEmpty()) {
      throw new TaskPackageException(dir, problems);
    }
    Set<String> names = new HashSet<>();
    Set<String> templates = new HashSet<>();
    task.invariants().forEach(t -> templates.add(t.name()));
    List<HiddenMutant> mutants = new ArrayList<>();
    for (YamlNode m : node.list("hidden-mutants", true)) {
      String name = m.text("name");
      if (!names.add(name)) {
        m.get("name").problem("duplicate hidden mutant name '" + name + "'");
      }
      String relative = m.text("spec");
      Path spec = dir.resolve(relative).normalize();
      if (!relative.isEmpty() && !spec.startsWith(dir.resolve("reference").resolve("hidden-mutants"))) {
        m.get("spec").problem("'" + relative + "' is not under reference/hidden-mutants/ (hidden mutants are kept"
            + " apart from the spec track's)");
      } else if (!relative.isEmpty() && !Files.isRegularFile(spec)) {
        m.get("spec").problem("file '" + relative + "' does not exist");
      }
      List<String> breaks = m.texts("breaks");
      for (String b : breaks) {
        if (!templates.contains(b)) {
          m.get("breaks").problem("'" + b + "' is not an invariant template of the task");
        }
      }
      mutants.add(new HiddenMutant(name, spec, m.text("description", ""), breaks));
    }
    if (mutants.isEmpty() && problems.isEmpty()) {
      problems.add(FILE + ": hidden-mutants: needs at least one (a property no mutant violates earns nothing)");
    }
    Map<String, String> liveness = node.stringMap("liveness-constants");
    liveness.keySet().stream().filter(k -> !task.spec().constants().containsKey(k)).forEach(k ->
        node.get("liveness-constants").problem("'" + k + "' is not one of the task's constants"));
    if (!problems.isEmpty()) {
      throw new TaskPackageException(dir, problems);
    }
    return Optional.of(new DiscoverySettings(mutants, liveness));
  }
}
