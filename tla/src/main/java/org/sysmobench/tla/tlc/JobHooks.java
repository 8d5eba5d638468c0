package org.sysmobench.tla.tlc;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How a job's modules talk to the harness, and what its spec may read.
 *
 * <p>{@code key} is the secret the job's modules pass to the {@code SysMoBenchHooks} operators (trace
 * progress, fired actions, the count budget): the worker records only calls that carry it, so a spec,
 * which never sees the modules the harness generates, cannot report anything.
 *
 * <p>A count budget (distinct states, depth) is enforced by the budget hook in a state constraint:
 * the job folder then wraps the job's module in one that EXTENDS it and {@code SysMoBenchHooks} and
 * defines the constraint over {@code variables} (see {@link BudgetConstraint}).
 *
 * @param key the hooks' secret; empty when the job's modules call no hooks
 * @param readableFiles the only files {@code TraceReader!NdJsonLines} may read in this job; empty
 *     Optional = no restriction (a user's own spec checked with {@code sysmobench check})
 * @param variables every variable of the job's module, for the budget constraint; empty when the job
 *     has no count budget
 */
public record JobHooks(String key, Optional<List<Path>> readableFiles, List<String> variables) {
  /** No hooks and no read restriction. */
  public static final JobHooks NONE = new JobHooks("", Optional.empty(), List.of());

  public JobHooks {
    readableFiles = readableFiles.map(List::copyOf);
    variables = List.copyOf(variables);
  }

  /** Hooks with a fresh key, able to enforce a count budget on a module declaring {@code variables}. */
  public static JobHooks forBudget(List<String> variables) {
    return new JobHooks(freshKey(), Optional.empty(), variables);
  }

  /** A new secret: 128 random bits in hex. */
  public static String freshKey() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** The same hooks, under which the spec may read only {@code files}. */
  public JobHooks readingOnly(List<Path> files) {
    return new JobHooks(key, Optional.of(files), variables);
  }

  public boolean active() {
    return !key.isEmpty();
  }

  /** Whether the job can enforce a count budget (its module gets the budget constraint). */
  public boolean budgeted() {
    return active() && !variables.isEmpty();
  }
}
