package org.sysmobench.tracer.weave;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.sysmobench.tracer.boot.Dispatch;
import org.sysmobench.tracer.boot.ProbeId;

/** Inlined at every exit (normal or exceptional) of a method with an exit probe. */
final class ExitAdvice {
  private ExitAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@ProbeId int probe, @Advice.This(optional = true) Object self, @Advice.AllArguments Object[] args,
      @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned, @Advice.Thrown Throwable thrown) {
    Dispatch.exit(probe, self, args, returned, thrown);
  }
}
