package org.sysmobench.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.tasks.Task;

/**
 * What an author produced for a cell, as stored (artifact role {@code draft}, schema
 * {@code sysmobench-draft} v1): everything a rescore needs besides the task, so scores are recomputable
 * from artifacts alone without any model call.
 *
 * @param cfgFromTask the model gave no config; the task's defaults apply
 * @param extractionProblem why no module could be extracted from the answer ("" when one was)
 * @param truncated some answer of the model stopped at its token limit (a stream that broke off is no answer:
 *     the cell fails for the provider and is retried, never scored)
 */
record StoredDraft(String schema, int version, String specText, String cfgText, boolean cfgFromTask,
    String extractionProblem, boolean truncated) {
  static final String SCHEMA = "sysmobench-draft";
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static StoredDraft of(String specText, String cfgText, boolean cfgFromTask, String extractionProblem,
      boolean truncated) {
    return new StoredDraft(SCHEMA, 1, specText, cfgText, cfgFromTask, extractionProblem, truncated);
  }

  /** The submission the evaluator scores: the spec as extracted, the model's cfg unless it gave none. */
  SpecSubmission submission(Task task) {
    String name = task.spec().module() + ".tla";
    return cfgFromTask ? new SpecSubmission(specText, name, "", SpecSubmission.CfgOrigin.TASK_DEFAULT)
        : new SpecSubmission(specText, name, cfgText, SpecSubmission.CfgOrigin.GIVEN);
  }

  /** The model's own fault, if any: it costs score, it is never retried. */
  String modelProblem() {
    if (!extractionProblem.isEmpty()) {
      return extractionProblem + (truncated ? " (the answer was truncated)" : "");
    }
    return truncated ? "the answer was truncated" : "";
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static StoredDraft fromJson(String json) {
    try {
      StoredDraft d = JSON.readValue(json, StoredDraft.class);
      if (!SCHEMA.equals(d.schema()) || d.version() != 1) {
        throw new IllegalArgumentException("not a " + SCHEMA + " v1 file: " + d.schema() + " v" + d.version());
      }
      return d;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid stored draft: " + e.getOriginalMessage(), e);
    }
  }
}
