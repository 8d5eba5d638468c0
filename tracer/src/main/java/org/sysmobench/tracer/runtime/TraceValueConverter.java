package org.sysmobench.tracer.runtime;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.tracer.plan.ValuePath;

/**
 * Turns live Java values into trace values (string, boolean, long, list, map), and applies a capture's
 * transforms. Unknown objects become their {@code toString()}; collections are cut at
 * {@value #MAX_ITEMS} items and nesting at {@value #MAX_DEPTH} levels so a probe on a large structure
 * cannot stall the system.
 */
final class TraceValueConverter {
  static final int MAX_ITEMS = 64;
  static final int MAX_DEPTH = 4;

  private TraceValueConverter() {}

  /** Applies transforms, then converts; null stays null (the field is then omitted). */
  static Object capture(Object raw, List<ValuePath.Transform> transforms) {
    Object v = raw;
    for (ValuePath.Transform t : transforms) {
      if (v == null) {
        return null;
      }
      v = switch (t) {
        case HI32 -> integral(v) >>> 32;
        case LO32 -> integral(v) & 0xFFFF_FFFFL;
        case HEX -> "0x" + Long.toHexString(integral(v));
        case STRING -> String.valueOf(v);
        case IDENTITY -> (long) System.identityHashCode(v);
      };
    }
    return convert(v, 0);
  }

  private static long integral(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
        || v instanceof java.util.concurrent.atomic.AtomicLong || v instanceof java.util.concurrent.atomic.AtomicInteger) {
      return ((Number) v).longValue();
    }
    throw new IllegalArgumentException("hi32/lo32/hex need an integer, got " + v.getClass().getName());
  }

  static Object convert(Object v, int depth) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.util.concurrent.atomic.AtomicLong || v instanceof java.util.concurrent.atomic.AtomicInteger) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.util.concurrent.atomic.AtomicBoolean b) {
      return b.get();
    }
    if (v instanceof Character || v instanceof Number) {
      // The schema has no floating point; a decimal string keeps the exact printed value.
      return v.toString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof Thread t) {
      return t.getName();
    }
    if (depth >= MAX_DEPTH) {
      return String.valueOf(v);
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(Math.min(c.size(), MAX_ITEMS));
      for (Object o : c) {
        if (out.size() == MAX_ITEMS) {
          break;
        }
        Object x = convert(o, depth + 1);
        out.add(x == null ? "null" : x);
      }
      return out;
    }
    if (v.getClass().isArray()) {
      int n = Math.min(Array.getLength(v), MAX_ITEMS);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Object x = convert(Array.get(v, i), depth + 1);
        out.add(x == null ? "null" : x);
      }
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (out.size() == MAX_ITEMS) {
          break;
        }
        Object x = convert(e.getValue(), depth + 1);
        out.put(String.valueOf(e.getKey()), x == null ? "null" : x);
      }
      return out;
    }
    return String.valueOf(v);
  }
}
