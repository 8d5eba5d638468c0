package org.sysmobench.tracer.boot;

/**
 * Static entry points called by woven code.
 *
 * <p>Holds the one mutable static of the tracer, on purpose: woven code is inlined into arbitrary
 * classes of arbitrary class loaders, and the only thing it can reach without a reference is a static
 * method of a class every loader sees. The sink is installed once by the agent at start-up and cleared
 * at shutdown; everything else is passed as arguments.
 *
 * <p>A per-thread guard drops recording points reached while the same thread is already recording
 * (the recorder itself may call instrumented code, e.g. a traced lock or a probed getter), which would
 * otherwise recurse or record events the system never performed.
 */
public final class Dispatch {
  private static volatile Sink sink;

  private static final ThreadLocal<boolean[]> BUSY = new ThreadLocal<>() {
    @Override
    protected boolean[] initialValue() {
      return new boolean[1];
    }
  };

  private Dispatch() {}

  /** Installs the sink; called once by the agent. */
  public static void install(Sink s) {
    sink = s;
  }

  /** Stops recording (at shutdown); later recording points are ignored. */
  public static void uninstall() {
    sink = null;
  }

  public static void entry(int probe, Object self, Object[] args) {
    Sink s = sink;
    if (s == null) {
      return;
    }
    boolean[] busy = BUSY.get();
    if (busy[0]) {
      return;
    }
    busy[0] = true;
    try {
      s.onEntry(probe, self, args);
    } finally {
      busy[0] = false;
    }
  }

  public static void exit(int probe, Object self, Object[] args, Object returned, Throwable thrown) {
    Sink s = sink;
    if (s == null) {
      return;
    }
    boolean[] busy = BUSY.get();
    if (busy[0]) {
      return;
    }
    busy[0] = true;
    try {
      s.onExit(probe, self, args, returned, thrown);
    } finally {
      busy[0] = false;
    }
  }

  /** Returns {@code returned} unchanged, so the call site sees the original result. */
  public static Object callReturned(int probe, Object enclosing, Object receiver, Object[] args, Object returned) {
    Sink s = sink;
    if (s == null) {
      return returned;
    }
    boolean[] busy = BUSY.get();
    if (busy[0]) {
      return returned;
    }
    busy[0] = true;
    try {
      s.onCallReturned(probe, enclosing, receiver, args, returned);
    } finally {
      busy[0] = false;
    }
    return returned;
  }
}
