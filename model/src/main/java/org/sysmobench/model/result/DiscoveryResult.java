package org.sysmobench.model.result;

import java.util.List;
import java.util.Map;
import org.sysmobench.model.Verdict;

/**
 * The invariants track's verdict on one property sheet.
 *
 * <h2>Design note: the discovery result, schema {@code sysmobench-discovery} version 1</h2>
 *
 * <p><b>What.</b> Per proposed property: its text, kind and meaning as proposed, its {@link
 * PropertyStatus} with the one-line reason, the hidden mutants that violate it, and which expert
 * templates it implies and is implied by (coverage). Per expert template: which accepted properties
 * cover it. Then the tally, the score and its parts, the verdict and notes.
 *
 * <p><b>Score</b> (see {@link DiscoveryScore}): {@code precision x (discovered + recall) / 2}, in [0, 1].
 *
 * <p><b>Modes.</b> {@code scoring}: the hidden mutants and the held-out scoring traces judge. {@code
 * learning}: what the repair critic may show an agent, the reference and the learning traces only; no
 * mutant is run, so no property is called discriminating and the score is 0.
 *
 * <p><b>Versioning.</b> {@code version} is bumped when a field changes meaning or a required field is added.
 *
 * @param templateCount the expert templates the score counts: those some hidden mutant violates
 * @param scored false when the scorer failed (a harness error: not scored, never for or against the model)
 * @param timings wall-clock milliseconds of the scorer's stages (never part of a score)
 */
public record DiscoveryResult(String schema, int version, String task, String sheetSha256, String mode, long seed,
    List<PropertyResult> properties, List<TemplateCoverage> templates, Map<String, Integer> tally, int templateCount,
    double precision, double discovered, double recall, double score, Verdict verdict, boolean scored, List<String> notes,
    Map<String, Long> timings) {
  public static final String SCHEMA = "sysmobench-discovery";
  public static final int VERSION = 1;

  public DiscoveryResult {
    properties = List.copyOf(properties);
    templates = List.copyOf(templates);
    tally = Map.copyOf(tally);
    notes = List.copyOf(notes);
    timings = Map.copyOf(timings);
  }

  /**
   * One proposed property.
   *
   * @param kind {@code safety}, {@code action} or {@code liveness} as its marker says ("" when it names none)
   * @param violatedBy the hidden mutants some state, step or behaviour of which violates it (scoring mode)
   * @param implies the templates it implies on the states of the reference and the hidden mutants
   * @param impliedBy the templates that imply it there
   */
  public record PropertyResult(String name, String kind, String meaning, String definition, PropertyStatus status,
      String reason, List<String> violatedBy, List<String> implies, List<String> impliedBy) {
    public PropertyResult {
      violatedBy = List.copyOf(violatedBy);
      implies = List.copyOf(implies);
      impliedBy = List.copyOf(impliedBy);
    }

    /** Whether it is accepted and no template is related to it: a discovery no expert wrote down. */
    public boolean uncovered() {
      return status == PropertyStatus.ACCEPTED && implies.isEmpty() && impliedBy.isEmpty();
    }
  }

  /**
   * One expert template.
   *
   * @param coveredBy the accepted properties that imply it or that it implies
   * @param violatedByHidden whether some hidden mutant violates it (a template no hidden mutant violates
   *     cannot be related to any property on those states, and the task's test requires none such)
   */
  public record TemplateCoverage(String name, String kind, List<String> coveredBy, boolean violatedByHidden) {
    public TemplateCoverage {
      coveredBy = List.copyOf(coveredBy);
    }
  }

  public long accepted() {
    return properties.stream().filter(p -> p.status() == PropertyStatus.ACCEPTED).count();
  }
}
