package org.sysmobench.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sysmobench.agents.prompt.Prompts;

/**
 * The authors a run can name, by id: {@code basic}, {@code code-translation}, {@code trace-learning},
 * and {@code repair(<id>)} wrapping any of them. Immutable and thread-safe; authors are stateless, so
 * one registry serves a whole run.
 *
 * <pre>{@code
 * Authors authors = Authors.standard(AuthorOptions.defaults().withCritics(task -> myCritic(task)));
 * SpecAuthor author = authors.get(AgentId.parse("repair(basic)"));
 * Set<AuthorNeed> needs = author.needs(); // what the request must carry: sources, traces, a critic
 * Draft draft = author.write(new AuthoringRequest(task, client, sources, traces, sample, seed));
 * }</pre>
 */
public final class Authors {
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

  /** The author with this id ({@link AgentId#parse}); unknown ids list the known ones. */
  public SpecAuthor get(String id) {
    Objects.requireNonNull(id, "id");
    return get(AgentId.parse(id));
  }

  /** The author with this id; {@code repair(x)} wraps author {@code x}. Unknown ids list the known ones. */
  public SpecAuthor get(AgentId id) {
    Objects.requireNonNull(id, "id");
    SpecAuthor a = base.get(id.strategy());
    if (a == null) {
      throw new IllegalArgumentException("unknown author '" + id + "'; known: " + ids());
    }
    return id.repair() ? new RepairingAuthor(a, prompts, options.repairRounds(), options.critics()) : a;
  }

  /** Whether {@link #get} knows this id. */
  public boolean knows(AgentId id) {
    return base.containsKey(id.strategy());
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
}
