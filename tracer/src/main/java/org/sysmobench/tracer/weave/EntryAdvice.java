package org.sysmobench.tracer.weave;

import net.bytebuddy.asm.Advice;
import org.sysmobench.tracer.boot.Dispatch;
import org.sysmobench.tracer.boot.ProbeId;

/** Inlined at the start of a method with an entry probe. */
final class EntryAdvice {
  private EntryAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@ProbeId int probe, @Advice.This(optional = true) Object self, @Advice.AllArguments Object[] args) {
    Dispatch.entry(probe, self, args);
  }
}
