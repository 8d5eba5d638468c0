package org.sysmobench.llm.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Aborts a response body that goes quiet for too long or runs past the total cap, by closing it from
 * another thread. Why: the JDK HttpClient's request timeout stops at the response headers, so a stream
 * that stalls afterwards would block {@code read} until the server hangs up (measured: LangChain4j and a
 * plain client hung 12-24 s on a 12 s stall). Closing the body {@code InputStream} wakes the reader.
 * Uses {@link System#nanoTime()}: this is about real I/O silence, not the injected wall clock.
 */
final class StreamWatchdog implements AutoCloseable {

    /** Why the watchdog fired. */
    enum Verdict { NONE, IDLE, TOTAL }

    private final InputStream body;
    private final long idleNanos;
    private final long totalNanos;
    private final long startNanos = System.nanoTime();
    private volatile long lastByteNanos = startNanos;
    private volatile Verdict verdict = Verdict.NONE;
    private final ScheduledFuture<?> task;

    StreamWatchdog(ScheduledExecutorService scheduler, InputStream body, Duration idle, Duration total) {
        this.body = body;
        this.idleNanos = idle.toNanos();
        this.totalNanos = total.toNanos();
        long period = Math.max(5, Math.min(idle.toMillis(), total.toMillis()) / 10);
        this.task = scheduler.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    /** The body to read: every byte read through it resets the idle clock. */
    InputStream guarded() {
        return new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                lastByteNanos = System.nanoTime();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    lastByteNanos = System.nanoTime();
                }
                return n;
            }
        };
    }

    Verdict verdict() {
        return verdict;
    }

    private void check() {
        long now = System.nanoTime();
        Verdict v = now - startNanos > totalNanos ? Verdict.TOTAL
                : now - lastByteNanos > idleNanos ? Verdict.IDLE : Verdict.NONE;
        if (v != Verdict.NONE && verdict == Verdict.NONE) {
            verdict = v;
            try {
                body.close();
            } catch (IOException ignored) {
                // the reader sees the stream end or fail, and then reads our verdict
            }
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
