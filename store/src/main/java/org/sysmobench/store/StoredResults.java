package org.sysmobench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sysmobench.check.EvalResult;
import org.sysmobench.check.ResultJson;

/**
 * Reads stored evaluation results, including files written by earlier builds of the same
 * {@code sysmobench-eval} version: what is stored must stay readable. Known additions are filled with
 * their neutral value before the strict reader sees the file:
 * <ul>
 *   <li>{@code TraceCheck.actions} (per-action replay figures, added after the first results were
 *       stored): an empty list, i.e. "not recorded".
 * </ul>
 */
final class StoredResults {
  private StoredResults() {}

  static EvalResult read(String json) {
    JsonNode root;
    try {
      root = StoreJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("invalid stored evaluation result: " + e.getOriginalMessage(), e);
    }
    boolean changed = upgrade(root);
    return ResultJson.read(changed ? root.toString() : json);
  }

  /** Fills the known additions into one result's JSON tree; returns whether anything was added. */
  static boolean upgrade(JsonNode result) {
    boolean changed = false;
    for (JsonNode phase : result.path("phases")) {
      JsonNode details = phase.path("details");
      if ("conformance".equals(details.path("type").asText())) {
        for (JsonNode trace : details.path("traces")) {
          if (trace instanceof ObjectNode t && !t.has("actions")) {
            t.set("actions", t.arrayNode());
            changed = true;
          }
        }
      }
    }
    return changed;
  }
}
