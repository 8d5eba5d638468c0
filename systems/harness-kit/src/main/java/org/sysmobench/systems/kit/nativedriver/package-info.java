/**
 * What the harnesses of systems driven by a native program share ({@code rust-spin}'s Rust driver,
 * {@code etcd-raft}'s Go driver): the driver's sources ship inside the harness jar, are built once with a
 * toolchain found on the PATH into a cache folder named by their fingerprint ({@link
 * org.sysmobench.systems.kit.nativedriver.DriverCache}, {@link
 * org.sysmobench.systems.kit.nativedriver.Toolchain}, {@link org.sysmobench.systems.kit.nativedriver.DriverProcess}),
 * and each trace is one run of the binary with a derived seed, refused and retried when the run cannot be
 * used ({@link org.sysmobench.systems.kit.nativedriver.NativeDriverRecorder}).
 *
 * <p>Each task keeps what is its own: the toolchain command, its build, its driver's arguments, the
 * conversion of the driver's log and the trace's header and setup.
 */
package org.sysmobench.systems.kit.nativedriver;
