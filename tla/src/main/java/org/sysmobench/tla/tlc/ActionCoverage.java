package org.sysmobench.tla.tlc;

import java.util.Optional;

/**
 * Coverage of one action, from TLC's {@code -coverage} report.
 *
 * @param label TLC's label, e.g. {@code <IncX line 6, col 1 to line 6, col 4 of module Counter>}
 * @param distinct distinct new states the action found
 * @param generated states the action generated (including already seen ones)
 */
public record ActionCoverage(String label, long distinct, long generated) {

  public String action() {
    return new TraceStep(0, label, java.util.Map.of()).action();
  }

  public Optional<SourceLocation> location() {
    return SourceLocation.find(label);
  }

  /** An action that never produced a state: usually a modelling error. */
  public boolean neverEnabled() {
    return generated == 0;
  }
}
