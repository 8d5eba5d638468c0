package org.sysmobench.check.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.TlcResultJson;

/**
 * The JSON form of an evaluation's job results (schema {@value #SCHEMA}): each job's id and its TLC
 * result in {@link TlcResultJson}'s form, which reads back whole, and the digest of each job's plan. What a cell stores beside its result
 * so it can be judged again without TLC.
 */
public final class JobResultsJson {
  public static final String SCHEMA = "sysmobench.eval-jobs/1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TlcResultJson results = new TlcResultJson();

  public String write(JobResults jobs) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    ObjectNode byId = root.putObject("jobs");
    jobs.byId().forEach((id, r) -> byId.set(id, results.toJson(r)));
    ObjectNode plans = root.putObject("plans");
    jobs.plans().forEach(plans::put);
    return root.toString();
  }

  /** Reads what {@link #write} wrote; anything else is refused with a reason. */
  public JobResults read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored job results are not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new IllegalArgumentException("stored job results are not of schema " + SCHEMA);
    }
    Map<String, TlcResult> byId = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("jobs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byId.put(e.getKey(), results.read(e.getValue()));
    }
    // Results stored before plans were recorded have none: re-judging them asks for TLC again.
    Map<String, String> plans = new LinkedHashMap<>();
    root.path("plans").fields().forEachRemaining(e -> plans.put(e.getKey(), e.getValue().asText()));
    return new JobResults(byId, plans);
  }
}
