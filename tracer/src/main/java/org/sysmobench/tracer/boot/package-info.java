/**
 * The bridge from instrumented code to the recorder. The agent copies these classes into the
 * bootstrap class loader before anything else runs, so that code woven into any class (the system's,
 * or the JDK's own {@code java.util.concurrent} classes) resolves the same {@link
 * org.sysmobench.tracer.boot.Dispatch}.
 *
 * <p>Must depend on {@code java.base} only (the bootstrap loader sees nothing else), with one exception
 * that is never resolved at run time: the ByteBuddy parameter annotations on {@link
 * org.sysmobench.tracer.boot.SiteHook}, read from class-file bytes while weaving. Must not know the
 * trace format, the plan or ByteBuddy's runtime.
 */
package org.sysmobench.tracer.boot;
