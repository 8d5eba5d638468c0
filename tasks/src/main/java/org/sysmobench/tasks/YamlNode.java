package org.sysmobench.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A YAML node with its location ({@code file: a.b[2].c}) that records schema problems into a shared
 * list instead of throwing, so a package reports all its problems at once. Getters return a
 * harmless default after recording a problem.
 */
final class YamlNode {
  private final JsonNode node;
  private final String file;
  private final String path;
  private final List<String> problems;

  YamlNode(JsonNode node, String file, List<String> problems) {
    this(node, file, "", problems);
  }

  private YamlNode(JsonNode node, String file, String path, List<String> problems) {
    this.node = node == null ? MissingNode.getInstance() : node;
    this.file = file;
    this.path = path;
    this.problems = problems;
  }

  private YamlNode child(JsonNode child, String name) {
    return new YamlNode(child, file, path.isEmpty() ? name : path + "." + name, problems);
  }

  boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  YamlNode get(String field) {
    return child(node.get(field), field);
  }

  void problem(String message) {
    problems.add(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  String text(String field) {
    YamlNode f = get(field);
    if (!has(field)) {
      problem("missing required field '" + field + "'");
      return "";
    }
    if (!f.node.isValueNode()) {
      f.problem("must be a single value");
      return "";
    }
    return f.node.asText().strip();
  }

  /** A value that must be written as a string: YAML would turn an unquoted hash like {@code 12e5...} into a number. */
  String quotedText(String field) {
    if (has(field) && !node.get(field).isTextual()) {
      get(field).problem("write this value in quotes (YAML read it as " + node.get(field).getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")");
      return "";
    }
    return text(field);
  }

  String text(String field, String fallback) {
    return has(field) ? text(field) : fallback;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
    if (!has(field)) {
      if (fallback == null) {
        problem("missing required field '" + field + "'");
        return type.getEnumConstants()[0];
      }
      return fallback;
    }
    String raw = text(field).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(raw)) {
        return e;
      }
    }
    get(field).problem("unknown value '" + text(field) + "', expected one of "
        + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
    return type.getEnumConstants()[0];
  }

  long number(String field, long fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode f = node.get(field);
    if (!f.canConvertToLong()) {
      get(field).problem("must be a whole number, got '" + f.asText() + "'");
      return fallback;
    }
    return f.asLong();
  }

  List<YamlNode> list(String field, boolean required) {
    if (!has(field)) {
      if (required) {
        problem("missing required list '" + field + "'");
      }
      return List.of();
    }
    JsonNode f = node.get(field);
    if (!f.isArray()) {
      get(field).problem("must be a list");
      return List.of();
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      out.add(child(f.get(i), field + "[" + i + "]"));
    }
    return out;
  }

  List<String> texts(String field) {
    return list(field, false).stream().map(n -> {
      if (!n.node.isValueNode()) {
        n.problem("must be a single value");
        return "";
      }
      return n.node.asText().strip();
    }).toList();
  }

  /** A mapping of names to scalar values, in file order. */
  Map<String, String> stringMap(String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!has(field)) {
      return out;
    }
    JsonNode f = node.get(field);
    if (!f.isObject()) {
      get(field).problem("must be a mapping of names to values");
      return out;
    }
    f.fields().forEachRemaining(e -> {
      if (!e.getValue().isValueNode()) {
        get(field).get(e.getKey()).problem("must be a single value");
      } else {
        out.put(e.getKey(), e.getValue().asText().strip());
      }
    });
    return out;
  }

  <T> T map(Function<YamlNode, T> f) {
    return f.apply(this);
  }
}
