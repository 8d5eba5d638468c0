package org.sysmobench.model.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link EvalResult} as JSON. Map entries are sorted by key so that equal results
 * give byte-identical files; unknown fields are rejected so a newer file is never misread silently.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ResultJson() {}

  public static String write(EvalResult result) {
    try {
      return MAPPER.writeValueAsString(result) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize an evaluation result", e);
    }
  }

  public static EvalResult read(String json) {
    try {
      EvalResult r = MAPPER.readValue(json, EvalResult.class);
      if (!EvalResult.SCHEMA.equals(r.schema()) || r.version() < 1 || r.version() > EvalResult.VERSION) {
        throw new IllegalArgumentException("not a " + EvalResult.SCHEMA + " v1-v" + EvalResult.VERSION + " file: "
            + r.schema() + " v" + r.version());
      }
      return r;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid evaluation result: " + e.getOriginalMessage(), e);
    }
  }
}
