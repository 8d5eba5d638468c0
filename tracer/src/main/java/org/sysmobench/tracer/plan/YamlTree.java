package org.sysmobench.tracer.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns YAML text into a plain tree of maps, lists, strings, integers and booleans with Jackson's
 * streaming YAML parser. Why not {@code ObjectMapper}: data binding loads some 300 more classes, which
 * costs about a third of a second of every traced JVM's start-up, for a file this small.
 */
final class YamlTree {
  private YamlTree() {}

  /**
   * Parses one YAML document.
   *
   * @throws YamlException with the line and column of the problem
   */
  static Object read(String yaml) throws YamlException {
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      Object value = value(p, first);
      if (p.nextToken() != null) {
        throw new YamlException("more than one document", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
      }
      return value;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw new YamlException(e.getOriginalMessage(), line, column);
    } catch (IOException e) {
      throw new YamlException(e.getMessage(), -1, -1);
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException, YamlException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String key = p.currentName();
          if (map.containsKey(key)) {
            throw new YamlException("duplicate key '" + key + "'", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
          }
          map.put(key, value(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          list.add(value(p, v));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        long v = p.getLongValue();
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getText();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new YamlException("unsupported YAML content " + t, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
    }
  }

  /** A YAML syntax problem at a 1-based line and column (-1 if unknown). */
  static final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    YamlException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }
}
