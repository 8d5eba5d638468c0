package org.sysmobench.tracer.runtime;

/**
 * Makes a class's private members reflectively readable by the recorder. Classes of named modules (the
 * JDK's) refuse {@code setAccessible} unless their package is opened; the agent can open it through
 * {@link java.lang.instrument.Instrumentation#redefineModule}, which is why this is injected.
 */
@FunctionalInterface
public interface ModuleOpener {
  /** Opens {@code type}'s package to the recorder's module; a no-op for unnamed modules. */
  void open(Class<?> type);
}
