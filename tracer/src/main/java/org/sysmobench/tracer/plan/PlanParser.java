package org.sysmobench.tracer.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads an instrumentation file (YAML):
 *
 * <pre>
 * meta: {system: zookeeper}            # optional, copied into the trace header
 * node: thread.getName()               # optional default node expression (this is the default)
 * threads: "^worker-[0-9]+$"           # optional: only these threads record
 * recordThread: true                   # optional: events carry the thread name (default true)
 * classes:
 *   - class: java.util.concurrent.locks.ReentrantLock
 *     node: this.id                    # optional, overrides the default
 *     methods:
 *       - {method: lock, arity: 0, at: exit, event: Lock, capture: {holds: this.getHoldCount()}}
 *       - {method: unlock, at: entry, event: Unlock}
 *       - {method: tryLock, arity: 0, at: exit, when: nonNull, onThrow: false, event: TryLock}
 *       - {method: run, at: entry, bindThreadNode: true}   # no event: later probes may use node: threadNode
 *     callSites:
 *       - {in: lookForLeader, call: poll, arity: 2, receiverField: recvqueue, when: nonNull,
 *          event: Receive, capture: {from: return.sid}}
 * </pre>
 *
 * <p>Why YAML and declarative: a task author adds a system by writing this file, not Java; it is read
 * before any class is woven, so a bad file stops the JVM before the system starts. Versioning: the
 * format has no version key yet; because unknown keys are errors, a file written for a later format
 * fails loudly here instead of being half understood. An incompatible change will add {@code version}.
 *
 * <p>Unknown keys, missing keys, wrong types and malformed expressions are errors naming the file and
 * the entry ({@code classes[0].methods[1]: unknown key 'captur'}), so a typo never silently records
 * nothing. Jackson's streaming YAML parser only turns the text into a plain tree ({@link YamlTree}); the
 * checks are ours.
 */
public final class PlanParser {
  private static final Set<String> TOP_KEYS = Set.of("meta", "node", "threads", "recordThread", "classes");
  private static final Set<String> CLASS_KEYS = Set.of("class", "node", "methods", "callSites");
  private static final Set<String> METHOD_KEYS = Set.of("method", "arity", "at", "event", "capture", "onThrow", "when", "node", "bindThreadNode");
  private static final Set<String> SITE_KEYS = Set.of("in", "call", "arity", "receiverField", "when", "event", "capture", "node");
  private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.$-]*");
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private PlanParser() {}

  /** Reads and validates a file. */
  public static InstrumentationPlan parse(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InvalidPlanException("instrumentation file not found: " + file);
    } catch (IOException e) {
      throw new InvalidPlanException("cannot read instrumentation file " + file + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  /** Validates YAML text; {@code source} names it in messages. */
  public static InstrumentationPlan parse(String source, String yaml) {
    Object tree;
    try {
      tree = YamlTree.read(yaml);
    } catch (YamlTree.YamlException e) {
      String where = e.line < 0 ? "" : " at line " + e.line + ", column " + e.column;
      throw new InvalidPlanException(source + ": not valid YAML" + where + ": " + e.getMessage());
    }
    return new Context(source).plan(tree);
  }

  /** Walks the tree, carrying the file name for messages. */
  private record Context(String source) {

    InvalidPlanException error(String where, String problem) {
      return new InvalidPlanException(source + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }

    InstrumentationPlan plan(Object tree) {
      Map<String, Object> top = map(tree, "");
      checkKeys(top, TOP_KEYS, "");
      Map<String, Object> meta = top.containsKey("meta") ? map(top.get("meta"), "meta") : Map.of();
      ValuePath node = optionalPath(top, "node", "").orElse(ValuePath.parse("thread.getName()"));
      Optional<Pattern> threads = optionalString(top, "threads", "").map(r -> {
        try {
          return Pattern.compile(r);
        } catch (PatternSyntaxException e) {
          throw error("threads", "invalid regular expression: " + e.getDescription());
        }
      });
      boolean recordThread = bool(top, "recordThread", "", true);
      List<ClassTarget> classes = new ArrayList<>();
      List<Object> list = list(require(top, "classes", ""), "classes");
      if (list.isEmpty()) {
        throw error("classes", "no classes to instrument");
      }
      for (int i = 0; i < list.size(); i++) {
        classes.add(target(list.get(i), "classes[" + i + "]"));
      }
      return new InstrumentationPlan(source, normalizeMeta(meta), node, threads, recordThread, classes);
    }

    ClassTarget target(Object o, String where) {
      Map<String, Object> m = map(o, where);
      checkKeys(m, CLASS_KEYS, where);
      String name = string(require(m, "class", where), where + ".class");
      if (!CLASS_NAME.matcher(name).matches()) {
        throw error(where + ".class", "'" + name + "' is not a binary class name (use a.b.Outer$Inner)");
      }
      List<MethodProbe> methods = new ArrayList<>();
      if (m.containsKey("methods")) {
        List<Object> l = list(m.get("methods"), where + ".methods");
        for (int i = 0; i < l.size(); i++) {
          methods.add(method(l.get(i), where + ".methods[" + i + "]"));
        }
      }
      List<CallSiteProbe> sites = new ArrayList<>();
      if (m.containsKey("callSites")) {
        List<Object> l = list(m.get("callSites"), where + ".callSites");
        for (int i = 0; i < l.size(); i++) {
          sites.add(site(l.get(i), where + ".callSites[" + i + "]"));
        }
      }
      if (methods.isEmpty() && sites.isEmpty()) {
        throw error(where, "class " + name + " has no methods and no callSites to record");
      }
      return new ClassTarget(name, optionalPath(m, "node", where), methods, sites);
    }

    MethodProbe method(Object o, String where) {
      Map<String, Object> m = map(o, where);
      checkKeys(m, METHOD_KEYS, where);
      String method = identifier(require(m, "method", where), where + ".method");
      Phase phase = switch (string(require(m, "at", where), where + ".at")) {
        case "entry" -> Phase.ENTRY;
        case "exit" -> Phase.EXIT;
        default -> throw error(where + ".at", "must be 'entry' or 'exit', not '" + m.get("at") + "'");
      };
      boolean onThrow = bool(m, "onThrow", where, false);
      if (phase == Phase.ENTRY && m.containsKey("onThrow")) {
        throw error(where + ".onThrow", "only meaningful with at: exit");
      }
      if (phase == Phase.ENTRY && m.containsKey("when")) {
        throw error(where + ".when", "only meaningful with at: exit");
      }
      ResultFilter when = when(m, where);
      Map<String, ValuePath> captures = captures(m, where);
      if (phase == Phase.ENTRY) {
        captures.forEach((k, v) -> {
          if (v.root() == ValuePath.Root.RETURN) {
            throw error(where + ".capture." + k, "'return' is not available at entry");
          }
        });
      }
      captures.forEach((k, v) -> {
        if (v.root() == ValuePath.Root.RECEIVER) {
          throw error(where + ".capture." + k, "'receiver' exists only in callSites; use 'this'");
        }
      });
      boolean bind = bool(m, "bindThreadNode", where, false);
      Optional<String> event = bind && !m.containsKey("event") ? Optional.empty() : Optional.of(event(m, where));
      if (event.isEmpty() && !captures.isEmpty()) {
        throw error(where + ".capture", "a probe without an event records nothing to capture into");
      }
      return new MethodProbe(method, arity(m, where), phase, event, captures, onThrow, when, optionalPath(m, "node", where), bind);
    }

    CallSiteProbe site(Object o, String where) {
      Map<String, Object> m = map(o, where);
      checkKeys(m, SITE_KEYS, where);
      String in = identifier(require(m, "in", where), where + ".in");
      String call = identifier(require(m, "call", where), where + ".call");
      Optional<String> receiverField = optionalString(m, "receiverField", where);
      receiverField.ifPresent(f -> identifier(f, where + ".receiverField"));
      return new CallSiteProbe(in, call, arity(m, where), receiverField, when(m, where), event(m, where), captures(m, where), optionalPath(m, "node", where));
    }

    ResultFilter when(Map<String, Object> m, String where) {
      return switch (optionalString(m, "when", where).orElse("any")) {
        case "any" -> ResultFilter.ANY;
        case "nonNull" -> ResultFilter.NON_NULL;
        case "null" -> ResultFilter.NULL;
        default -> throw error(where + ".when", "must be any, nonNull or null, not '" + m.get("when") + "'");
      };
    }

    String event(Map<String, Object> m, String where) {
      String e = string(require(m, "event", where), where + ".event");
      if (!EVENT_NAME.matcher(e).matches()) {
        throw error(where + ".event", "'" + e + "' is not a valid event name");
      }
      return e;
    }

    OptionalInt arity(Map<String, Object> m, String where) {
      if (!m.containsKey("arity")) {
        return OptionalInt.empty();
      }
      if (!(m.get("arity") instanceof Integer a) || a < 0) {
        throw error(where + ".arity", "must be a non-negative integer, not '" + m.get("arity") + "'");
      }
      return OptionalInt.of(a);
    }

    Map<String, ValuePath> captures(Map<String, Object> m, String where) {
      Map<String, ValuePath> out = new LinkedHashMap<>();
      if (!m.containsKey("capture")) {
        return out;
      }
      Map<String, Object> c = map(m.get("capture"), where + ".capture");
      for (Map.Entry<String, Object> e : c.entrySet()) {
        String field = e.getKey();
        if (Set.of("seq", "node", "event", "thread", "threw").contains(field)) {
          throw error(where + ".capture." + field, "field name '" + field + "' is reserved");
        }
        out.put(field, path(e.getValue(), where + ".capture." + field));
      }
      return out;
    }

    ValuePath path(Object o, String where) {
      try {
        return ValuePath.parse(string(o, where));
      } catch (IllegalArgumentException e) {
        throw error(where, e.getMessage());
      }
    }

    Optional<ValuePath> optionalPath(Map<String, Object> m, String key, String where) {
      return m.containsKey(key) ? Optional.of(path(m.get(key), join(where, key))) : Optional.empty();
    }

    Optional<String> optionalString(Map<String, Object> m, String key, String where) {
      return m.containsKey(key) ? Optional.of(string(m.get(key), join(where, key))) : Optional.empty();
    }

    boolean bool(Map<String, Object> m, String key, String where, boolean dflt) {
      if (!m.containsKey(key)) {
        return dflt;
      }
      if (!(m.get(key) instanceof Boolean b)) {
        throw error(join(where, key), "must be true or false, not '" + m.get(key) + "'");
      }
      return b;
    }

    String identifier(Object o, String where) {
      String s = string(o, where);
      if (!s.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
        throw error(where, "'" + s + "' is not a Java identifier");
      }
      return s;
    }

    Object require(Map<String, Object> m, String key, String where) {
      Object v = m.get(key);
      if (v == null) {
        throw error(where, "missing required key '" + key + "'");
      }
      return v;
    }

    void checkKeys(Map<String, Object> m, Set<String> allowed, String where) {
      for (String k : m.keySet()) {
        if (!allowed.contains(k)) {
          throw error(where, "unknown key '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Object o, String where) {
      if (!(o instanceof Map<?, ?> m)) {
        throw error(where, "expected a mapping, found " + describe(o));
      }
      for (Object k : m.keySet()) {
        if (!(k instanceof String)) {
          throw error(where, "keys must be strings, found " + k);
        }
      }
      return (Map<String, Object>) m;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(Object o, String where) {
      if (!(o instanceof List<?> l)) {
        throw error(where, "expected a list, found " + describe(o));
      }
      return (List<Object>) l;
    }

    String string(Object o, String where) {
      if (!(o instanceof String s) || s.isBlank()) {
        throw error(where, "expected a non-empty string, found " + describe(o));
      }
      return s.trim();
    }

    Map<String, Object> normalizeMeta(Map<String, Object> meta) {
      Map<String, Object> out = new LinkedHashMap<>();
      meta.forEach((k, v) -> {
        if (v instanceof Integer i) {
          out.put(k, i.longValue());
        } else if (v instanceof String || v instanceof Boolean || v instanceof Long) {
          out.put(k, v);
        } else {
          throw error("meta." + k, "meta values must be strings, booleans or integers");
        }
      });
      return out;
    }

    static String join(String where, String key) {
      return where.isEmpty() ? key : where + "." + key;
    }

    static String describe(Object o) {
      if (o == null) {
        return "nothing";
      }
      if (o instanceof Map) {
        return "a mapping";
      }
      if (o instanceof List) {
        return "a list";
      }
      return "'" + o + "'";
    }
  }
}
