package org.sysmobench.agents.properties;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.agents.prompt.PromptTemplate;
import org.sysmobench.tasks.Task;

/**
 * The invariants track's authors by id: {@code basic} and {@code repair(basic)}. Immutable; authors
 * are stateless, so one registry serves a whole run.
 */
public final class PropertyAuthors {
  /** Properties the prompt says are read; the scorer checks this many (keep them equal). */
  public static final int LIMIT = 24;
  private static final Pattern REPAIR = Pattern.compile("repair\\((.+)\\)");

  private final PropertyPrompts prompts = new PropertyPrompts(LIMIT);
  private final int rounds;
  private final Function<Task, PropertyCritic> critics;

  private PropertyAuthors(int rounds, Function<Task, PropertyCritic> critics) {
    if (rounds < 1) {
      throw new IllegalArgumentException("repair rounds must be >= 1, was " + rounds);
    }
    this.rounds = rounds;
    this.critics = Objects.requireNonNull(critics, "critics");
  }

  /**
   * @param rounds repair rounds of {@code repair(...)} authors
   * @param critics the critic for a task (checks on learning data only)
   */
  public static PropertyAuthors of(int rounds, Function<Task, PropertyCritic> critics) {
    return new PropertyAuthors(rounds, critics);
  }

  /** Authors whose repair loops fail with a clear message until a critic is given (for validation). */
  public static PropertyAuthors withoutCritic(int rounds) {
    return new PropertyAuthors(rounds, task -> {
      throw new IllegalStateException("no critic configured for repair authors of the invariants track");
    });
  }

  /** The author with this id; unknown ids list the known ones. */
  public PropertyAuthor get(String id) {
    String trimmed = Objects.requireNonNull(id, "id").strip();
    Matcher m = REPAIR.matcher(trimmed);
    if (m.matches()) {
      PropertyAuthor inner = get(m.group(1));
      if (inner instanceof RepairingPropertyAuthor) {
        throw new IllegalArgumentException("author '" + id + "': a repair loop inside a repair loop is not supported");
      }
      return new RepairingPropertyAuthor(inner, prompts, rounds, critics);
    }
    if (trimmed.equals(BasicPropertyAuthor.ID)) {
      return new BasicPropertyAuthor(prompts);
    }
    throw new IllegalArgumentException("unknown invariants-track author '" + id + "'; known: " + ids());
  }

  public static List<String> ids() {
    return List.of(BasicPropertyAuthor.ID, "repair(" + BasicPropertyAuthor.ID + ")");
  }

  /** The prompt templates of the track, for listing and tests. */
  public List<PromptTemplate> templates() {
    return prompts.templates();
  }
}
