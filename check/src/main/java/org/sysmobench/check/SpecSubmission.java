package org.sysmobench.check;

/**
 * A spec to evaluate, as submitted: its text, a display name, and the TLC config text that came with
 * it ({@code cfgText} is empty when none did; the task's defaults are used then).
 */
public record SpecSubmission(String specText, String specName, String cfgText, CfgOrigin cfgOrigin) {
  /** Where the model configuration came from. */
  public enum CfgOrigin {
    /** Given explicitly by the user. */
    GIVEN,
    /** Found next to the spec file ({@code Name.cfg}). */
    BESIDE_SPEC,
    /** None came with the spec: built from the task's constants. */
    TASK_DEFAULT
  }

  public static SpecSubmission withoutConfig(String specText, String specName) {
    return new SpecSubmission(specText, specName, "", CfgOrigin.TASK_DEFAULT);
  }
}
