package org.sysmobench.tracer.plan;

/** When a probe records. */
public enum Phase {
  /**
   * At method entry, before the body runs: for release-like actions (unlock, send), so that the event is
   * in the trace before any thread can observe the effect.
   */
  ENTRY,
  /**
   * At method exit, after the body ran (also on exceptional exit, see {@link MethodProbe#onThrow()}): for
   * acquire-like actions (lock, receive) and for state updates, so the event is only recorded once it
   * happened.
   */
  EXIT
}
