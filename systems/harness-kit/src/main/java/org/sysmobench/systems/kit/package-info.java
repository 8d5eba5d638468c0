/**
 * What every trace harness needs and none should write again: the tracer agent jar and the class path
 * of a child JVM ({@link org.sysmobench.systems.kit.AgentJar}), one run of a main class in a fresh JVM
 * under the agent ({@link org.sysmobench.systems.kit.ChildJvm}), contract trace files
 * ({@link org.sysmobench.systems.kit.ContractTraceFile}), the recording's {@code manifest.json}
 * ({@link org.sysmobench.systems.kit.RecordingManifest}), per-trace seeds
 * ({@link org.sysmobench.systems.kit.Seeds}), and the whole recording loop of a system driven by a seeded
 * Java driver under the agent, refused seeds included ({@link org.sysmobench.systems.kit.DriverRecorder}); a
 * recorder described by its manifest needs only {@code recordWithManifest}
 * ({@link org.sysmobench.systems.kit.ManifestRecorder}, {@link org.sysmobench.systems.kit.ProgressRecorder}).
 *
 * <p>Depends on the {@code trace} module only (the agent jar is a file it passes on, never code it loads).
 * Knows no system, no task's vocabulary, and nothing of TLA+, checking or scoring. What the harnesses of a
 * family of systems share lives in a sub-package: the JDK's own locks in {@code kit.lock}, systems run by a
 * native driver built with a toolchain (Rust, Go) in {@code kit.nativedriver}.
 */
package org.sysmobench.systems.kit;
