package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.List;
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

/**
 * The authors (agents) a run can name: the {@code agents} module's registry ({@code basic},
 * {@code code-translation}, {@code trace-learning}, {@code repair(<id>)}) plus the runner's own
 * {@code verbatim}, and the invariants track's ({@code invariants:basic}, {@code invariants:repair(basic)}; see
 * {@link Track}). Repair authors get an {@link EvaluatorCritic} over the run's evaluator, so they are
 * bound to an execution ({@link #bind}).
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

  /** The agents' authors with these options (their critics are replaced by the run's evaluator). */
  public static AuthorDirectory of(AuthorOptions options) {
    return new AuthorDirectory(options);
  }

  /** Rejects an unknown agent id before anything runs (an invariants-track id is checked against that track's). */
  public void validate(String id) {
    if (Track.of(id) == Track.INVARIANTS) {
      PropertyAuthors.withoutCritic(options.repairRounds()).get(Track.agentOf(id));
    } else if (!id.equals(VerbatimAuthor.ID)) {
      Authors.standard(options).get(id);
    }
  }

  public List<String> ids() {
    List<String> ids = new ArrayList<>(Authors.standard(options).ids());
    ids.add(VerbatimAuthor.ID);
    PropertyAuthors.ids().forEach(a -> ids.add(Track.INVARIANTS.cellAgent(a)));
    return ids;
  }

  /** Whether the author reads the task's source code (so the sources must be materialized). */
  static boolean needsSources(String id) {
    return Track.of(id) == Track.INVARIANTS || !id.equals(VerbatimAuthor.ID) && Authors.needsSources(id);
  }

  /** The authors of one execution: repair loops judge drafts with {@code evaluator}. */
  Bound bind(Evaluator evaluator, EvalOptions runOptions) {
    return bind(evaluator, null, runOptions);
  }

  /**
   * The authors of one execution: spec repair loops judge drafts with {@code evaluator}, invariants-track
   * repair loops with {@code discovery}'s learning checks (none when {@code discovery} is null).
   */
  Bound bind(Evaluator evaluator, DiscoveryScorer discovery, EvalOptions runOptions) {
    EvalOptions criticOptions = runOptions.withPhases(EvaluatorCritic.DEFAULT_PHASES);
    DiscoveryOptions learning = new DiscoveryOptions(runOptions.seed(), runOptions.workRoot(), false);
    PropertyAuthors properties = discovery == null ? PropertyAuthors.withoutCritic(options.repairRounds())
        : PropertyAuthors.of(options.repairRounds(), task -> new DiscoveryCritic(discovery, task, learning));
    return new Bound(Authors.standard(options.withCritics(task -> new EvaluatorCritic(evaluator, task,
        criticOptions))), properties);
  }

  /** Authors bound to an evaluator. */
  static final class Bound {
    private final Authors authors;
    private final PropertyAuthors properties;
    private final VerbatimAuthor verbatim = new VerbatimAuthor();

    private Bound(Authors authors, PropertyAuthors properties) {
      this.authors = authors;
      this.properties = properties;
    }

    SpecAuthor author(String id) {
      return id.equals(VerbatimAuthor.ID) ? verbatim : authors.get(id);
    }

    /** The invariants-track author of a cell agent id ({@code invariants:<id>}). */
    PropertyAuthor propertyAuthor(String cellAgent) {
      return properties.get(Track.agentOf(cellAgent));
    }
  }
}
