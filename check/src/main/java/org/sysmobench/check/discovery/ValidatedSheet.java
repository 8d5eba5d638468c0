package org.sysmobench.check.discovery;

import java.util.List;
import java.util.Map;

/**
 * A property sheet after SANY: the properties that can be checked and why the others cannot.
 *
 * @param proposals every property of the sheet, in order
 * @param modules the modules the checks' generated modules extend beyond {@link Vocabulary#BASE_MODULES}
 * @param body the sheet's lines to insert into generated modules: blocks that failed are blanked
 * @param candidates the properties that passed, in order (at most the scorer's limit)
 * @param rejected property name to why it is ill-formed (SANY's message, a forbidden word, a wrong form)
 * @param overLimit properties beyond the scorer's limit, not checked
 * @param problems what the sheet reader ignored, one line each
 */
record ValidatedSheet(List<Proposal> proposals, List<String> modules, List<String> body, List<Candidate> candidates,
    Map<String, String> rejected, List<String> overLimit, List<String> problems) {
  ValidatedSheet {
    proposals = List.copyOf(proposals);
    modules = List.copyOf(modules);
    body = List.copyOf(body);
    candidates = List.copyOf(candidates);
    rejected = Map.copyOf(rejected);
    overLimit = List.copyOf(overLimit);
    problems = List.copyOf(problems);
  }

  /** A property as proposed: its kind as the marker says it (empty when the marker named none). */
  record Proposal(String name, String kind, String meaning, String definition) {}
}
