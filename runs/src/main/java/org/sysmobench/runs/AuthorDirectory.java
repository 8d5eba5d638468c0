package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.agents.AuthorOptions;
import org.sysmobench.agents.Authors;
import org.sysmobench.agents.SpecAuthor;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluator;

/**
 * The authors (agents) a run can name: the {@code agents} module's registry ({@code basic},
 * {@code code-translation}, {@code trace-learning}, {@code repair(<id>)}) plus the runner's own
 * {@code verbatim}. Repair authors get an {@link EvaluatorCritic} over the run's evaluator, so they are
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

  /** Rejects an unknown agent id before anything runs. */
  public void validate(String id) {
    if (!id.equals(VerbatimAuthor.ID)) {
      Authors.standard(options).get(id);
    }
  }

  public List<String> ids() {
    List<String> ids = new ArrayList<>(Authors.standard(options).ids());
    ids.add(VerbatimAuthor.ID);
    return ids;
  }

  /** Whether the author reads the task's source code (so the sources must be materialized). */
  static boolean needsSources(String id) {
    return !id.equals(VerbatimAuthor.ID) && Authors.needsSources(id);
  }

  /** The authors of one execution: repair loops judge drafts with {@code evaluator}. */
  Bound bind(Evaluator evaluator, EvalOptions runOptions) {
    EvalOptions criticOptions = runOptions.withPhases(EvaluatorCritic.DEFAULT_PHASES);
    return new Bound(Authors.standard(options.withCritics(task -> new EvaluatorCritic(evaluator, task,
        criticOptions))));
  }

  /** Authors bound to an evaluator. */
  static final class Bound {
    private final Authors authors;
    private final VerbatimAuthor verbatim = new VerbatimAuthor();

    private Bound(Authors authors) {
      this.authors = authors;
    }

    SpecAuthor author(String id) {
      return id.equals(VerbatimAuthor.ID) ? verbatim : authors.get(id);
    }
  }
}
