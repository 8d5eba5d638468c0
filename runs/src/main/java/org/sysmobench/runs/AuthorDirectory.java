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
import org.sysmobench.model.result.Phase;

/**
 * The one directory of agents (authors), shared by {@code sysmobench run} and {@code sysmobench generate}:
 * the {@code agents} module's registry ({@code basic}, {@code code-translation}, {@code trace-learning},
 * {@code repair(<id>)}) plus the runner's own {@code verbatim}. It says what an agent needs before
 * anything is prepared for it ({@link #needs}), and is the one place an agent that needs a critic gets
 * one: an {@link EvaluatorCritic} over the caller's evaluator ({@link #bind}).
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
   * The agent written as {@code text}; a malformed or unknown id is an {@link IllegalArgumentException}
   * whose message is one line for the user (an unknown one lists the known ids).
   */
  public AgentId agent(String text) {
    AgentId id = AgentId.parse(text);
    if (!ids().contains(id.value())) {
      throw new IllegalArgumentException("unknown author '" + id + "'; known: " + ids());
    }
    return id;
  }

  /** Rejects a malformed or unknown agent id before anything runs. */
  public void validate(String id) {
    agent(id);
  }

  public List<String> ids() {
    List<String> ids = new ArrayList<>(Authors.standard(options).ids());
    ids.add(VerbatimAuthor.ID);
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
    EvalOptions criticOptions = options.withPhases(criticPhases);
    return new Bound(Authors.standard(this.options.withCritics(task -> new EvaluatorCritic(evaluator, task,
        criticOptions))));
  }

  /** The authors without a critic: for agents that need none (a repair agent fails clearly when it asks). */
  public Bound withoutCritic() {
    return new Bound(Authors.standard(options));
  }

  /** Authors bound to an evaluator, or to none. */
  public static final class Bound {
    private final Authors authors;
    private final VerbatimAuthor verbatim = new VerbatimAuthor();

    private Bound(Authors authors) {
      this.authors = authors;
    }

    public SpecAuthor author(AgentId id) {
      return id.equals(AgentId.parse(VerbatimAuthor.ID)) ? verbatim : authors.get(id);
    }
  }
}
