package org.sysmobench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** {@link ReportData} as JSON: indented, map keys sorted, so equal reports are equal files. */
public final class JsonReport {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private JsonReport() {}

  public static String render(ReportData data) {
    try {
      return MAPPER.writeValueAsString(data) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the report", e);
    }
  }

  public static ReportData read(String json) {
    try {
      ReportData d = MAPPER.readValue(json, ReportData.class);
      if (!ReportData.SCHEMA.equals(d.schema()) || d.version() != ReportData.VERSION) {
        throw new IllegalArgumentException("not a " + ReportData.SCHEMA + " v" + ReportData.VERSION + " file");
      }
      return d;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid report: " + e.getOriginalMessage(), e);
    }
  }
}
