package org.sysmobench.systems.rust.spin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.systems.kit.RecordingFailedException;

/**
 * The parsed output of one driver run. The driver prints {@code # rust-spin-driver seed=S threads=N ops=M},
 * then {@code <seq> <thread> <event>} lines, then {@code # counter=C increments=I}; the counter is the
 * value the lock protected, so {@code C == I} is the driver's own witness that no increment was lost.
 *
 * @param seed the seed the driver ran with
 * @param threads how many threads ran
 * @param events the events, ordered by sequence number
 * @param counter the final value of the protected counter
 * @param increments how many increments the threads made
 */
public record DriverLog(long seed, int threads, List<RawEvent> events, long counter, long increments) {
  private static final Pattern HEADER = Pattern.compile("# rust-spin-driver seed=(-?\\d+) threads=(\\d+) ops=(\\d+)");
  private static final Pattern FOOTER = Pattern.compile("# counter=(\\d+) increments=(\\d+)");
  private static final Pattern EVENT = Pattern.compile("(\\d+) (t\\d+) (\\w+)");

  public DriverLog {
    events = List.copyOf(events);
  }

  /** Parses the driver's output; a line it does not recognise is a driver bug, reported with its number. */
  public static DriverLog parse(List<String> lines) {
    if (lines.isEmpty()) {
      throw new RecordingFailedException("the driver printed nothing");
    }
    Matcher h = HEADER.matcher(lines.get(0));
    if (!h.matches()) {
      throw new RecordingFailedException("driver output line 1 is not its header: " + lines.get(0));
    }
    List<RawEvent> events = new ArrayList<>();
    long counter = -1;
    long increments = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher e = EVENT.matcher(line);
      Matcher f = FOOTER.matcher(line);
      if (e.matches()) {
        RawEvent.Kind kind;
        try {
          kind = RawEvent.Kind.valueOf(e.group(3));
        } catch (IllegalArgumentException unknown) {
          throw new RecordingFailedException("driver output line " + (i + 1) + ": unknown event " + e.group(3));
        }
        events.add(new RawEvent(Long.parseLong(e.group(1)), e.group(2), kind));
      } else if (f.matches()) {
        counter = Long.parseLong(f.group(1));
        increments = Long.parseLong(f.group(2));
      } else if (!line.isBlank()) {
        throw new RecordingFailedException("driver output line " + (i + 1) + " is not an event: " + line);
      }
    }
    if (counter < 0) {
      throw new RecordingFailedException("the driver's output ends without its counter line (killed?)");
    }
    events.sort(Comparator.comparingLong(RawEvent::seq));
    return new DriverLog(Long.parseLong(h.group(1)), Integer.parseInt(h.group(2)), events, counter, increments);
  }
}
