package org.sysmobench.check.discovery;

/**
 * The invariants track's score of a property sheet, in [0, 1]:
 *
 * <pre>
 *   A = accepted properties          (sound, discriminating, not trivial, not a restatement)
 *   U = unsound + ill-formed ones    (claims that are not true properties of the system)
 *   E = the task's expert templates some hidden mutant violates (one that no hidden mutant breaks, such as
 *       a template that follows from the type invariant, cannot be related to any property on the
 *       mutants' states and is left out; the task's test requires every other template to be broken)
 *   precision = A / (A + U)          (0 when A + U = 0)
 *   discovered = min(1, A / E)        (how many real properties, against what the experts wrote down)
 *   recall    = templates covered / E (a template is covered by an accepted property that implies it or
 *                                      that it implies, on the reference's and hidden mutants' states)
 *   score     = precision x (discovered + recall) / 2
 * </pre>
 *
 * <p>Why this shape. Trivial, non-discriminating, restating and over-the-limit properties are in neither
 * A nor U: they earn nothing and cost nothing, so a sheet cannot raise its precision by padding it with
 * tautologies, and a hundred of them score 0 while three real properties score well. Unsound claims cost
 * multiplicatively: a sheet of three real and three false properties scores half of the three alone.
 * Discovered rewards finding real properties the experts may not have written (they are listed for people to
 * read); recall rewards finding the ones they did.
 */
public record DiscoveryScore(int accepted, int costly, int templates, int covered) {

  public double precision() {
    return accepted + costly == 0 ? 0 : (double) accepted / (accepted + costly);
  }

  public double discovered() {
    return templates == 0 ? (accepted > 0 ? 1 : 0) : Math.min(1.0, (double) accepted / templates);
  }

  public double recall() {
    return templates == 0 ? 0 : (double) covered / templates;
  }

  public double score() {
    return precision() * (discovered() + recall()) / 2;
  }
}
