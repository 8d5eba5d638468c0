package org.sysmobench.trace;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole trace file read into memory.
 *
 * @param source where it was read from (for messages)
 * @param header the header line
 * @param events the events in file (= seq) order
 */
public record Trace(Path source, TraceHeader header, List<TraceEvent> events) {
  public Trace {
    events = List.copyOf(events);
  }
}
