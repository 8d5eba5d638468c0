package org.sysmobench.agents;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of an agent (author), as run plans, results and the command line name it: a strategy
 * ({@code basic}, {@code code-translation}, {@code trace-learning}, the runner's {@code verbatim}), or
 * {@code repair(<strategy>)}, that strategy inside the generate-check-repair loop. Parsing checks the
 * form only; whether an agent of that id exists is the question of a directory of agents
 * ({@link Authors}, the runner's).
 *
 * @param strategy the name of the strategy that writes the first draft
 * @param repair whether the draft then goes through the repair loop
 */
public record AgentId(String strategy, boolean repair) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern REPAIR = Pattern.compile("repair\\((.*)\\)");

  public AgentId {
    Objects.requireNonNull(strategy, "strategy");
    if (!NAME.matcher(strategy).matches()) {
      throw new IllegalArgumentException("agent '" + strategy + "': not an agent id (a lower-case name such as"
          + " basic, or repair(<name>))");
    }
  }

  /**
   * The id written as {@code text} (surrounding blanks ignored). A malformed id, or a repair loop inside a
   * repair loop, is an {@link IllegalArgumentException} whose message is one line for the user.
   */
  public static AgentId parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    Matcher m = REPAIR.matcher(s);
    if (!m.matches()) {
      return new AgentId(checked(text, s), false);
    }
    String inner = m.group(1).strip();
    if (REPAIR.matcher(inner).matches()) {
      throw new IllegalArgumentException("agent '" + s + "': a repair loop inside a repair loop is not supported;"
          + " raise the number of repair rounds instead");
    }
    return new AgentId(checked(text, inner), true);
  }

  private static String checked(String text, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("agent '" + text.strip() + "': not an agent id (a lower-case name such as"
          + " basic, or repair(<name>))");
    }
    return name;
  }

  /** This strategy inside the repair loop. */
  public AgentId withRepair() {
    return new AgentId(strategy, true);
  }

  /** The id as written in plans and results: {@code basic}, {@code repair(basic)}. */
  public String value() {
    return repair ? "repair(" + strategy + ")" : strategy;
  }

  @Override
  public String toString() {
    return value();
  }
}
