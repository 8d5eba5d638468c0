package org.sysmobench.tracer;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;
import org.sysmobench.tracer.boot.Dispatch;
import org.sysmobench.tracer.runtime.ModuleOpener;
import org.sysmobench.tracer.runtime.Recorder;

/**
 * Module plumbing for JDK targets: woven code in {@code java.base} must be allowed to read the
 * bootstrap bridge's unnamed module, and the recorder must be allowed to read private fields of the
 * JDK package it probes. Both are granted with {@link Instrumentation#redefineModule}, only for modules
 * that are actually woven or probed.
 */
final class ModuleBridge implements ModuleOpener {
  private final Instrumentation inst;
  private final Module bridge = Dispatch.class.getModule();
  private final Module recorder = Recorder.class.getModule();

  ModuleBridge(Instrumentation inst) {
    this.inst = inst;
  }

  void readBridge(Module target) {
    if (target.isNamed() && !target.canRead(bridge)) {
      inst.redefineModule(target, Set.of(bridge), Map.of(), Map.of(), Set.of(), Map.of());
    }
  }

  @Override
  public void open(Class<?> type) {
    Module m = type.getModule();
    if (m.isNamed() && !m.isOpen(type.getPackageName(), recorder)) {
      inst.redefineModule(m, Set.of(), Map.of(), Map.of(type.getPackageName(), Set.of(recorder)), Set.of(), Map.of());
    }
  }
}
