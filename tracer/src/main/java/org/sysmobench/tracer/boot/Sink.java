package org.sysmobench.tracer.boot;

/** Receives every recording point reached by woven code; implemented by the agent's recorder. */
public interface Sink {
  /** A method probe at entry. {@code self} is null in a static method. */
  void onEntry(int probe, Object self, Object[] args);

  /** A method probe at exit; {@code thrown} is non-null on an exceptional exit. */
  void onExit(int probe, Object self, Object[] args, Object returned, Throwable thrown);

  /** A call-site probe after the call returned. */
  void onCallReturned(int probe, Object enclosing, Object receiver, Object[] args, Object returned);
}
