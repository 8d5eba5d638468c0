package org.sysmobench.agents.properties;

import org.sysmobench.agents.Transcript;

/**
 * A property author's result.
 *
 * @param sheet the property sheet extracted from the answer ("" when none could be)
 * @param extractionProblem why no sheet could be extracted; empty when one was
 * @param transcript every exchange with the model, in order
 */
public record PropertyDraft(String sheet, String extractionProblem, Transcript transcript) {}
