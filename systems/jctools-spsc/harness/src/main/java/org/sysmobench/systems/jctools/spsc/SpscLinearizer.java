package org.sysmobench.systems.jctools.spsc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.TraceEvent;

/**
 * Orders the producer's and the consumer's operations into one history a FIFO queue of the given
 * capacity explains, respecting real time: an operation that returned before another was called comes
 * first. Why: each operation takes effect at one instant between its recorded entry and exit (for
 * JCTools, when the slot is written or cleared), so the order of exit records alone can show an element
 * polled before it was offered. With one thread per side, the state after taking {@code i} producer and
 * {@code j} consumer operations depends on {@code (i, j)} only, so a depth-first search remembering
 * dead {@code (i, j)} pairs finds an order in quadratic time, or proves there is none (the recording is
 * then refused).
 *
 * <pre>
 * raw                                contract
 * OfferReturned ok=true  (v, tail)   Offer(v)    tail after
 * OfferReturned ok=false (tail)      OfferFull   tail
 * PollReturned  v present (head)     Poll(v)     head after
 * PollReturned  v absent  (head)     PollEmpty   head
 * </pre>
 */
public final class SpscLinearizer {
  private final int capacity;

  public SpscLinearizer(int capacity) {
    this.capacity = capacity;
  }

  /** One operation with its window. */
  record Op(String thread, long entry, long exit, ContractEvent event, boolean success, long value) {}

  public List<ContractEvent> linearize(List<TraceEvent> raw) {
    List<Op> producer = new ArrayList<>();
    List<Op> consumer = new ArrayList<>();
    Map<String, Long> entries = new HashMap<>();
    for (TraceEvent e : raw) {
      switch (e.event()) {
        case "OfferCalled", "PollCalled" -> entries.put(e.node(), e.seq());
        case "OfferReturned" -> {
          boolean ok = Boolean.TRUE.equals(e.field("ok").orElse(null));
          long v = e.longField("v");
          ContractEvent ev = ok ? new ContractEvent("producer", "Offer", Map.of("v", v), Map.of("tail", e.longField("tail")))
              : new ContractEvent("producer", "OfferFull", Map.of(), Map.of("tail", e.longField("tail")));
          producer.add(new Op("producer", entry(entries, e), e.seq(), ev, ok, v));
        }
        case "PollReturned" -> {
          boolean ok = e.field("v").isPresent();
          long v = ok ? e.longField("v") : 0;
          ContractEvent ev = ok ? new ContractEvent("consumer", "Poll", Map.of("v", v), Map.of("head", e.longField("head")))
              : new ContractEvent("consumer", "PollEmpty", Map.of(), Map.of("head", e.longField("head")));
          consumer.add(new Op("consumer", entry(entries, e), e.seq(), ev, ok, v));
        }
        default -> throw new RecordingFailedException("unknown raw event '" + e.event() + "' at seq " + e.seq());
      }
    }
    List<ContractEvent> out = new ArrayList<>();
    if (!search(producer, consumer, 0, 0, new HashSet<>(), out)) {
      throw new RecordingFailedException("no order of the " + producer.size() + " offers and " + consumer.size()
          + " polls within their windows is explained by a FIFO queue of capacity " + capacity);
    }
    return out;
  }

  private static long entry(Map<String, Long> entries, TraceEvent e) {
    Long s = entries.remove(e.node());
    if (s == null) {
      throw new RecordingFailedException(e.event() + " of " + e.node() + " at raw seq " + e.seq() + " without its entry");
    }
    return s;
  }

  private boolean search(List<Op> p, List<Op> c, int i, int j, Set<Long> dead, List<ContractEvent> out) {
    if (i == p.size() && j == c.size()) {
      return true;
    }
    long key = ((long) i << 32) | j;
    if (dead.contains(key)) {
      return false;
    }
    // Try the operation that returned first, then the other.
    boolean producerFirst = j == c.size() || (i < p.size() && p.get(i).exit() < c.get(j).exit());
    for (int k = 0; k < 2; k++) {
      boolean takeProducer = (k == 0) == producerFirst;
      if (takeProducer ? i < p.size() && allowed(p, c, i, j, true) : j < c.size() && allowed(p, c, i, j, false)) {
        out.add((takeProducer ? p.get(i) : c.get(j)).event());
        if (search(p, c, takeProducer ? i + 1 : i, takeProducer ? j : j + 1, dead, out)) {
          return true;
        }
        out.remove(out.size() - 1);
      }
    }
    dead.add(key);
    return false;
  }

  /** Whether the next operation of one side may come next: real time, and what the queue holds. */
  private boolean allowed(List<Op> p, List<Op> c, int i, int j, boolean producerSide) {
    Op op = producerSide ? p.get(i) : c.get(j);
    List<Op> other = producerSide ? c : p;
    int k = producerSide ? j : i;
    if (k < other.size() && other.get(k).exit() < op.entry()) {
      return false; // the other side's next operation returned before this one was called
    }
    long offered = p.subList(0, i).stream().filter(Op::success).count();
    long polled = c.subList(0, j).stream().filter(Op::success).count();
    long size = offered - polled;
    if (producerSide) {
      return op.success() ? size < capacity && op.value() == offered + 1 : size == capacity;
    }
    if (!op.success()) {
      return size == 0;
    }
    return size > 0 && op.value() == polled + 1; // the values offered are 1, 2, 3, ...
  }
}
