package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sysmobench.agents.AgentId;
import org.sysmobench.agents.AuthorNeed;
import org.sysmobench.agents.AuthorOptions;
import org.sysmobench.agents.Authors;
import org.sysmobench.agents.SpecAuthor;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluator;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.agents.properties.PropertyAuthor;
import org.sysmobench.agents.properties.PropertyAuthors;
import org.sysmobench.model.Track;
import org.sysmobench.model.result.Phase;

/**
 * The one directory of agents (authors), shared by {@code sysmobench run} and {@code sysmobench generate}:
 * the {@code agents} module's registry ({@code basic}, {@code code-translation}, {@code trace-learning},
 * {@code repair(<id>)}) plus the runner's own {@code verbatim}, and the invariants track's
 * ({@code invariants:basic}, {@code invariants:repair(basic)}; see {@link Track}). It says what an agent
 * needs before anything is prepared for it ({@link #needs}), and is the one place an agent that needs a
 * critic gets one: an {@link EvaluatorCritic} over the caller's evaluator, or for the invariants track a
 * {@link DiscoveryCritic} over the learning data ({@link #bind}).
 */
public final class AuthorDirectory {
  private final AuthorOptions options;

  private AuthorDirectory(AuthorOptions options) {
    this.options = options;
  }

  /** The agents' authors with their default options. */
  public static AuthorDirectory standard() {
    return new AuthorDirectory(AuthorOptions.defaults());
  }

  /** The agents' authors with these options (their critics are replaced by the evaluator's, see {@link #bind}). */
  public static AuthorDirectory of(AuthorOptions options) {
    return new AuthorDirectory(options);
  }

  /**
   * The spec-track agent written as {@code text}; a malformed or unknown id is an
   * {@link IllegalArgumentException} whose message is one line for the user (an unknown one lists the
   * known ids).
   */
  public AgentId agent(String text) {
    AgentId id = AgentId.parse(text);
    if (!ids().contains(id.value())) {
      throw new IllegalArgumentException("unknown author '" + id + "'; known: " + ids());
    }
    return id;
  }

  /**
   * Rejects a malformed or unknown agent id of either track (an invariants-track id is checked against
   * that track's authors) before anything runs.
   */
  public void validate(String id) {
    if (Track.of(id) == Track.INVARIANTS) {
      PropertyAuthors.withoutCritic(options.repairRounds()).get(Track.agentOf(id));
    } else {
      agent(id);
    }
  }

  public List<String> ids() {
    List<String> ids = new ArrayList<>(Authors.standard(options).ids());
    ids.add(VerbatimAuthor.ID);
    PropertyAuthors.ids().forEach(a -> ids.add(Track.INVARIANTS.cellAgent(a)));
    return ids;
  }

  /** What the agent works from: what the caller must prepare before it writes (sources, traces, a critic). */
  public Set<AuthorNeed> needs(AgentId id) {
    return withoutCritic().author(id).needs();
  }

  /**
   * The authors of one execution: an agent that needs a critic gets one that judges its drafts with
   * {@code evaluator} under {@code options}, checking only {@code criticPhases} (see {@link EvaluatorCritic}:
   * never the hidden invariants by default, and on the task's learning traces only).
   */
  public Bound bind(Evaluator evaluator, EvalOptions options, Set<Phase> criticPhases) {
    return bind(evaluator, null, options, criticPhases);
  }

  /**
   * As {@link #bind(Evaluator, EvalOptions, Set)}, and invariants-track repair loops judge their sheets with
   * {@code discovery}'s learning checks (none when {@code discovery} is null).
   */
  public Bound bind(Evaluator evaluator, DiscoveryScorer discovery, EvalOptions options, Set<Phase> criticPhases) {
    EvalOptions criticOptions = options.withPhases(criticPhases);
    DiscoveryOptions learning = new DiscoveryOptions(options.seed(), options.workRoot(), false);
    PropertyAuthors properties = discovery == null ? PropertyAuthors.withoutCritic(this.options.repairRounds())
        : PropertyAuthors.of(this.options.repairRounds(), task -> new DiscoveryCritic(discovery, task, learning));
    return new Bound(Authors.standard(this.options.withCritics(task -> new EvaluatorCritic(evaluator, task,
        criticOptions))), properties);
  }

  /** The authors without a critic: for agents that need none (a repair agent fails clearly when it asks). */
  public Bound withoutCritic() {
    return new Bound(Authors.standard(options), PropertyAuthors.withoutCritic(options.repairRounds()));
  }

  /** Authors bound to an evaluator, or to none. */
  public static final class Bound {
    private final Authors authors;
    private final PropertyAuthors properties;
    private final VerbatimAuthor verbatim = new VerbatimAuthor();

    private Bound(Authors authors, PropertyAuthors properties) {
      this.authors = authors;
      this.properties = properties;
    }

    public SpecAuthor author(AgentId id) {
      return id.equals(AgentId.parse(VerbatimAuthor.ID)) ? verbatim : authors.get(id);
    }

    /** The invariants-track author of a cell agent id ({@code invariants:<id>}). */
    public PropertyAuthor propertyAuthor(String cellAgent) {
      return properties.get(Track.agentOf(cellAgent));
    }
  }
}
