package org.sysmobench.store;

import org.sysmobench.model.RunId;

/** A run is being written by a live process (another one, or this one): a second writer is refused. */
public final class RunLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final transient RunLock.Holder holder;

  RunLockedException(RunId run, RunLock.Holder holder, String who) {
    super("run " + run + " is being written by " + who + ": " + holder.describe()
        + "; wait for it to finish or stop it, then resume");
    this.holder = holder;
  }

  public RunLock.Holder holder() {
    return holder;
  }
}
