package org.sysmobench.model.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes {@link DiscoveryResult} ({@code sysmobench-discovery} v1): indented, keys in a fixed order. */
public final class DiscoveryResultJson {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private DiscoveryResultJson() {}

  public static String write(DiscoveryResult r) {
    try {
      return JSON.writeValueAsString(r) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a discovery result", e);
    }
  }

  /** @throws IllegalArgumentException when the text is not a {@code sysmobench-discovery} v1 result */
  public static DiscoveryResult read(String json) {
    try {
      DiscoveryResult r = JSON.readValue(json, DiscoveryResult.class);
      if (!DiscoveryResult.SCHEMA.equals(r.schema()) || r.version() != DiscoveryResult.VERSION) {
        throw new IllegalArgumentException("not a " + DiscoveryResult.SCHEMA + " v" + DiscoveryResult.VERSION
            + " result: " + r.schema() + " v" + r.version());
      }
      return r;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid discovery result: " + e.getOriginalMessage(), e);
    }
  }
}
