package org.sysmobench.tasks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML node with its location ({@code file: a.b[2].c}) that records schema problems into a shared
 * list instead of throwing, so a package reports all its problems at once. Getters return a
 * harmless default after recording a problem.
 *
 * <p>Read with SnakeYAML's composer: a tree of nodes, each scalar keeping the text the author wrote and
 * the type YAML gives it (so a value that must be a string can be told apart from one YAML reads as a
 * number); nothing is constructed from the document. Loading a task this way takes a few dozen classes
 * where a data-binding mapper took hundreds, which is most of a syntax-only evaluation's start-up.
 */
final class YamlNode {
  private final Node node;
  private final String file;
  private final String path;
  private final List<String> problems;

  private YamlNode(Node node, String file, String path, List<String> problems) {
    this.node = isNull(node) ? null : node;
    this.file = file;
    this.path = path;
    this.problems = problems;
  }

  /** A missing document: every field of it is absent. */
  static YamlNode missing(String file) {
    return new YamlNode(null, file, "", new ArrayList<>());
  }

  /**
   * The mapping at the top of {@code file}, named {@code where} in problems; a file that is not a YAML
   * mapping is one problem (with the line and column of a syntax error) and reads as {@link #missing}.
   */
  static YamlNode readMapping(Path file, String where, List<String> problems) {
    Optional<String> wrong = Optional.empty();
    Node root = null;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      // The composer alone: the Yaml facade would also set up object construction (java.beans and all).
      LoaderOptions options = new LoaderOptions();
      root = new Composer(new ParserImpl(new StreamReader(r), options), new Resolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      // Where the broken construct starts (an unclosed bracket's line), not where the parser gave up.
      Mark m = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
      String at = m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
      String what = (e.getContext() != null ? e.getContext() + ": " : "") + (e.getProblem() != null ? e.getProblem() : "");
      wrong = Optional.of("is not valid YAML" + at + ": " + firstLine(what.isBlank() ? e.getMessage() : what));
    } catch (YAMLException | IOException e) {
      wrong = Optional.of("is not valid YAML: " + firstLine(e.getMessage()));
    }
    if (wrong.isEmpty() && !(root instanceof MappingNode)) {
      wrong = Optional.of("must be a YAML mapping");
    }
    if (wrong.isPresent()) {
      problems.add(where + ": " + wrong.get());
      return missing(where); // further problems of a file that cannot be read are noise
    }
    return new YamlNode(root, where, "", problems);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.strip().lines().findFirst().orElse("");
  }

  private static boolean isNull(Node n) {
    return n == null || n instanceof ScalarNode sc && sc.getTag().equals(Tag.NULL);
  }

  private YamlNode child(Node child, String name) {
    return new YamlNode(child, file, path.isEmpty() ? name : path + "." + name, problems);
  }

  /** The value of {@code field} in this mapping, or null. */
  private Node field(String field) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field)) {
          return isNull(t.getValueNode()) ? null : t.getValueNode();
        }
      }
    }
    return null;
  }

  private static String typeName(Node n) {
    Tag t = n.getTag();
    if (t.equals(Tag.INT) || t.equals(Tag.FLOAT)) {
      return "number";
    }
    return t.equals(Tag.BOOL) ? "boolean" : t.equals(Tag.STR) ? "string" : n.getNodeId().name();
  }

  boolean has(String field) {
    return field(field) != null;
  }

  YamlNode get(String field) {
    return child(field(field), field);
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
    if (!(f.node instanceof ScalarNode sc)) {
      f.problem("must be a single value");
      return "";
    }
    return sc.getValue().strip();
  }

  /** A value that must be written as a string: YAML would turn an unquoted hash like {@code 12e5...} into a number. */
  String quotedText(String field) {
    Node f = field(field);
    if (f instanceof ScalarNode && !f.getTag().equals(Tag.STR)) {
      get(field).problem("write this value in quotes (YAML read it as " + typeName(f) + ")");
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
    Node f = field(field);
    String raw = f instanceof ScalarNode sc ? sc.getValue().strip() : "";
    if (f.getTag().equals(Tag.INT)) {
      try {
        return Long.parseLong(raw.replace("_", "").replaceFirst("^\\+", ""));
      } catch (NumberFormatException e) {
        // an integer YAML writes in another base or beyond a long: not what a budget or count means
      }
    }
    get(field).problem("must be a whole number, got '" + raw + "'");
    return fallback;
  }

  List<YamlNode> list(String field, boolean required) {
    if (!has(field)) {
      if (required) {
        problem("missing required list '" + field + "'");
      }
      return List.of();
    }
    if (!(field(field) instanceof SequenceNode f)) {
      get(field).problem("must be a list");
      return List.of();
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < f.getValue().size(); i++) {
      out.add(child(f.getValue().get(i), field + "[" + i + "]"));
    }
    return out;
  }

  List<String> texts(String field) {
    return list(field, false).stream().map(n -> {
      if (!(n.node instanceof ScalarNode sc)) {
        n.problem("must be a single value");
        return "";
      }
      return sc.getValue().strip();
    }).toList();
  }

  /** A mapping of names to scalar values, in file order. */
  Map<String, String> stringMap(String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!has(field)) {
      return out;
    }
    if (!(field(field) instanceof MappingNode f)) {
      get(field).problem("must be a mapping of names to values");
      return out;
    }
    for (NodeTuple e : f.getValue()) {
      String key = e.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      if (!(e.getValueNode() instanceof ScalarNode v) || isNull(v)) {
        get(field).get(key).problem("must be a single value");
      } else {
        out.put(key, v.getValue().strip());
      }
    }
    return out;
  }

  <T> T map(Function<YamlNode, T> f) {
    return f.apply(this);
  }
}
