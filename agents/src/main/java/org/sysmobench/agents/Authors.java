package org.sysmobench.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.agents.prompt.Prompts;

/**
 * The authors a run can name, by id: {@code basic}, {@code code-translation}, {@code trace-learning},
 * and {@code repair(<id>)} wrapping any of them. Immutable and thread-safe; authors are stateless, so
 * one registry serves a whole run.
 *
 * <pre>{@code
 * Authors authors = Authors.standard(AuthorOptions.defaults().withCritics(task -> myCritic(task)));
 * SpecAuthor author = authors.get("repair(basic)");
 * Draft draft = author.write(new AuthoringRequest(task, client, sources, traces, sample, seed));
 * }</pre>
 */
public final class Authors {
  private static final Pattern REPAIR = Pattern.compile("repair\\((.+)\\)");

  private final Map<String, SpecAuthor> base;
  private final AuthorOptions options;
  private final Prompts prompts;

  private Authors(Map<String, SpecAuthor> base, AuthorOptions options, Prompts prompts) {
    this.base = base;
    this.options = options;
    this.prompts = prompts;
  }

  /** The built-in authors with the given options. */
  public static Authors standard(AuthorOptions options) {
    Objects.requireNonNull(options, "options");
    Prompts prompts = new Prompts();
    Map<String, SpecAuthor> base = new LinkedHashMap<>();
    for (SpecAuthor a : List.of(new BasicAuthor(prompts),
        new CodeTranslationAuthor(prompts, options.maxTranslationUnits()),
        new TraceLearningAuthor(prompts, options.traceLimits()))) {
      base.put(a.id(), a);
    }
    return new Authors(Map.copyOf(base), options, prompts);
  }

  /** The author with this id; {@code repair(x)} wraps author {@code x}. Unknown ids list the known ones. */
  public SpecAuthor get(String id) {
    Objects.requireNonNull(id, "id");
    String trimmed = id.strip();
    Matcher m = REPAIR.matcher(trimmed);
    if (m.matches()) {
      SpecAuthor inner = get(m.group(1));
      if (inner instanceof RepairingAuthor) {
        throw new IllegalArgumentException("author '" + id + "': a repair loop inside a repair loop is not supported;"
            + " raise the number of repair rounds instead");
      }
      return new RepairingAuthor(inner, prompts, options.repairRounds(), options.critics());
    }
    SpecAuthor a = base.get(trimmed);
    if (a == null) {
      throw new IllegalArgumentException("unknown author '" + id + "'; known: " + ids());
    }
    return a;
  }

  /** Every id {@link #get} accepts, plain authors first. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(List.of(BasicAuthor.ID, CodeTranslationAuthor.ID, TraceLearningAuthor.ID));
    for (String b : List.copyOf(ids)) {
      ids.add("repair(" + b + ")");
    }
    return ids;
  }

  /** One author per id of {@link #ids()}, in that order (for runners that index authors themselves). */
  public List<SpecAuthor> all() {
    return ids().stream().map(this::get).toList();
  }

  /**
   * Whether the author shows the task's source code, so the caller must materialize the sources (trace
   * learning does not: it must never see code, and needs no network for it).
   */
  public static boolean needsSources(String id) {
    return !TraceLearningAuthor.ID.equals(innermost(id));
  }

  /** Whether the author reads recorded traces, so the caller must list the task's trace files. */
  public static boolean needsTraces(String id) {
    return TraceLearningAuthor.ID.equals(innermost(id));
  }

  private static String innermost(String id) {
    String s = id.strip();
    Matcher m = REPAIR.matcher(s);
    while (m.matches()) {
      s = m.group(1).strip();
      m = REPAIR.matcher(s);
    }
    return s;
  }
}
