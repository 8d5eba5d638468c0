package org.sysmobench.tracer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A capture expression: where a value comes from at a recording point, and how it is reduced.
 *
 * <pre>
 *   expr      := root ('.' member)* ('|' transform)*
 *   root      := this | argN | return | receiver | thread | threadNode | 'literal text'
 *                (a quoted literal has no members: a constant node id such as 'harness')
 *   member    := name        (a field, of any visibility, declared in the class or a superclass)
 *              | name '()'   (a no-argument method, of any visibility)
 *   transform := hi32 | lo32 | string | identity | hex
 * </pre>
 *
 * <p>Examples: {@code this.proposedLeader}, {@code this.self.getMyId()}, {@code arg0},
 * {@code return.leader}, {@code this.proposedZxid | hi32}, {@code thread.getName()}. A {@code null}
 * anywhere along the path makes the whole value absent (the field is omitted from the event).
 *
 * @param text the expression as written
 * @param root where evaluation starts
 * @param argIndex for {@link Root#ARG}, the argument index
 * @param members the member chain
 * @param transforms reductions applied to the final value, in order
 */
public record ValuePath(String text, Root root, int argIndex, List<Member> members, List<Transform> transforms) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /** The constant of a {@link Root#LITERAL} expression (its text without the quotes). */
  public String literal() {
    String t = text.split("\\|", -1)[0].trim();
    return t.substring(1, t.length() - 1);
  }

  public ValuePath {
    members = List.copyOf(members);
    transforms = List.copyOf(transforms);
  }

  /** The starting point of an expression. */
  public enum Root {
    /** The instrumented method's receiver (absent in static methods). */
    THIS,
    /** One argument of the instrumented method, or of the called method for a call site. */
    ARG,
    /** The method's (or the call's) return value; only at exit. */
    RETURN,
    /** The receiver of the called method at a call site. */
    RECEIVER,
    /** The recording thread. */
    THREAD,
    /**
     * The node id bound to the recording thread by an earlier probe with {@code bindThreadNode}: for
     * code that runs on a node's thread but holds no reference to the node (static helpers, pools).
     */
    THREAD_NODE,
    /** A constant string, quoted in the expression; {@link ValuePath#literal()} holds it. */
    LITERAL
  }

  /** A field read or a no-argument method call. */
  public record Member(String name, boolean call) {}

  /** A reduction of the final value. */
  public enum Transform {
    /** The high 32 bits of a 64-bit integer (a ZooKeeper zxid's epoch). */
    HI32,
    /** The low 32 bits of a 64-bit integer (a ZooKeeper zxid's counter). */
    LO32,
    /** {@code String.valueOf(value)}. */
    STRING,
    /** {@code System.identityHashCode(value)}: tells objects apart without calling their code. */
    IDENTITY,
    /** A 64-bit integer as {@code 0x}-prefixed lowercase hex. */
    HEX
  }

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException with a message saying what is wrong
   */
  public static ValuePath parse(String text) {
    String[] pipes = text.split("\\|", -1);
    String path = pipes[0].trim();
    List<Transform> transforms = new ArrayList<>();
    for (int i = 1; i < pipes.length; i++) {
      String t = pipes[i].trim();
      try {
        transforms.add(Transform.valueOf(t.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown transform '" + t + "' in '" + text + "' (known: hi32, lo32, string, identity, hex)");
      }
    }
    if (path.length() >= 2 && path.startsWith("'") && path.endsWith("'")) {
      return new ValuePath(text, Root.LITERAL, -1, List.of(), transforms);
    }
    String[] parts = path.split("\\.", -1);
    String head = parts[0];
    Root root;
    int argIndex = -1;
    if (head.matches("arg[0-9]+")) {
      root = Root.ARG;
      argIndex = Integer.parseInt(head.substring(3));
    } else {
      root = switch (head) {
        case "this" -> Root.THIS;
        case "return" -> Root.RETURN;
        case "receiver" -> Root.RECEIVER;
        case "thread" -> Root.THREAD;
        case "threadNode" -> Root.THREAD_NODE;
        default -> throw new IllegalArgumentException("expression '" + text + "' must start with this, argN, return, receiver, thread, threadNode or a 'quoted literal', not '" + head + "'");
      };
    }
    List<Member> members = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      boolean call = p.endsWith("()");
      String name = call ? p.substring(0, p.length() - 2) : p;
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("expression '" + text + "': '" + p + "' is not a field name or a no-argument call name()");
      }
      members.add(new Member(name, call));
    }
    return new ValuePath(text, root, argIndex, members, transforms);
  }
}
