package org.sysmobench.agents;

/**
 * An author's result.
 *
 * @param specText the extracted TLA+ module (empty when none could be extracted)
 * @param cfgText the TLC config (the model's, or built from the task's constants when it gave none)
 * @param cfgFromTask whether {@code cfgText} was built by the harness rather than written by the model
 * @param extractionProblem why no module could be extracted from the answer; empty when one was
 * @param transcript every exchange with the model, in order
 */
public record Draft(String specText, String cfgText, boolean cfgFromTask, String extractionProblem,
    Transcript transcript) {}
