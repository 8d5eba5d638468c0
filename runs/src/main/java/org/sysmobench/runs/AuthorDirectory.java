package org.sysmobench.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.agents.SpecAuthor;

/** The authors (agents) a run can name, by id; the built-in {@code verbatim} author is always there. */
public final class AuthorDirectory {
  private final Map<String, SpecAuthor> byId = new LinkedHashMap<>();

  private AuthorDirectory(List<SpecAuthor> authors) {
    byId.put(VerbatimAuthor.ID, new VerbatimAuthor());
    authors.forEach(a -> byId.put(a.id(), a));
  }

  /** The built-in author plus these (e.g. the {@code agents} module's). */
  public static AuthorDirectory of(List<SpecAuthor> authors) {
    return new AuthorDirectory(authors);
  }

  public static AuthorDirectory builtIn() {
    return new AuthorDirectory(List.of());
  }

  public SpecAuthor author(String id) {
    SpecAuthor a = byId.get(id);
    if (a == null) {
      throw new IllegalArgumentException("unknown agent '" + id + "'; known: " + byId.keySet());
    }
    return a;
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }
}
