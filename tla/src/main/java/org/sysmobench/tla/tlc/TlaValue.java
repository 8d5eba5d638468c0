package org.sysmobench.tla.tlc;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A TLA+ value as TLC prints it in a state, parsed into data. Anything the parser does not understand
 * stays as {@link Raw} text instead of failing the whole trace.
 */
public sealed interface TlaValue {

  /** The value in TLC's own syntax (normalised spacing). */
  String render();

  /** An integer (TLC's are 32-bit, but printed values are kept exact). */
  record Int(BigInteger value) implements TlaValue {
    public static Int of(long v) {
      return new Int(BigInteger.valueOf(v));
    }

    /** Whether the value fits a Java {@code long}. */
    public boolean fitsLong() {
      return value.bitLength() < 64;
    }

    @Override
    public String render() {
      return value.toString();
    }
  }

  record Str(String value) implements TlaValue {
    @Override
    public String render() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
  }

  record Bool(boolean value) implements TlaValue {
    @Override
    public String render() {
      return value ? "TRUE" : "FALSE";
    }
  }

  /** A model value (a CONSTANT bound to an uninterpreted name), or any bare identifier TLC printed. */
  record ModelValue(String name) implements TlaValue {
    @Override
    public String render() {
      return name;
    }
  }

  /** A finite set, in TLC's printed (normalised) order. */
  record SetValue(List<TlaValue> elements) implements TlaValue {
    public SetValue {
      elements = List.copyOf(elements);
    }

    @Override
    public String render() {
      return "{" + join(elements) + "}";
    }
  }

  /** A sequence or tuple {@code <<a, b>>} (also how TLC prints functions with domain 1..n). */
  record Seq(List<TlaValue> elements) implements TlaValue {
    public Seq {
      elements = List.copyOf(elements);
    }

    @Override
    public String render() {
      return "<<" + join(elements) + ">>";
    }
  }

  /** A record {@code [a |-> 1, b |-> 2]}, fields in printed order. */
  record Rec(Map<String, TlaValue> fields) implements TlaValue {
    public Rec {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    @Override
    public String render() {
      StringBuilder sb = new StringBuilder("[");
      fields.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(" |-> ").append(v.render()));
      return sb.append(']').toString();
    }
  }

  /** A function printed as {@code (d1 :> v1 @@ d2 :> v2)}. */
  record Fcn(List<Mapping> mappings) implements TlaValue {
    public Fcn {
      mappings = List.copyOf(mappings);
    }

    @Override
    public String render() {
      StringBuilder sb = new StringBuilder("(");
      for (Mapping m : mappings) {
        sb.append(sb.length() > 1 ? " @@ " : "").append(m.key().render()).append(" :> ").append(m.value().render());
      }
      return sb.append(')').toString();
    }
  }

  /** One pair of a {@link Fcn}. */
  record Mapping(TlaValue key, TlaValue value) {}

  /** Text the parser could not structure (for example {@code [x \in S |-> x + 1]} or {@code Nat}). */
  record Raw(String text) implements TlaValue {
    @Override
    public String render() {
      return text;
    }
  }

  private static String join(List<TlaValue> vs) {
    StringBuilder sb = new StringBuilder();
    for (TlaValue v : vs) {
      sb.append(sb.length() > 0 ? ", " : "").append(v.render());
    }
    return sb.toString();
  }
}
