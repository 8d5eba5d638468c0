package org.sysmobench.runs;

import java.util.List;
import org.sysmobench.model.RunId;

/** A run's pinned inputs (task packages, traces, TLA+ tools) differ from today's: its results would mix the two. */
public final class InputsChangedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 6;

  public InputsChangedException(RunId run, List<String> changes, String wayOut) {
    super("the inputs of run " + run + " changed since it was scored: "
        + String.join(", ", changes.subList(0, Math.min(SHOWN, changes.size())))
        + (changes.size() > SHOWN ? " and " + (changes.size() - SHOWN) + " more" : "") + "; " + wayOut);
  }
}
