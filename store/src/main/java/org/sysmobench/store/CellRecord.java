package org.sysmobench.store;

import java.util.Map;

/**
 * A cell as indexed.
 *
 * @param artifacts role to SHA-256: {@code spec}, {@code cfg}, {@code transcript}, {@code draft} and
 *     {@code eval:<scoring version>}
 * @param failureMessage why the cell failed ({@link FailureClass#INFRA}) or what the model got wrong
 *     ({@link FailureClass#MODEL}); empty otherwise
 */
public record CellRecord(CellKey key, int position, CellStatus status, int attempts, FailureClass failure,
    String failureMessage, String startedAt, String finishedAt, Map<String, String> artifacts) {
  public CellRecord {
    artifacts = Map.copyOf(artifacts);
  }
}
