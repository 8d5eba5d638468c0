package org.sysmobench.llm.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that answers POSTs from a script of replies, in order, and records
 * every request it got. Replies can stream SSE chunk by chunk (flushed, chunked encoding, as providers
 * do), fail with a status and headers, stall mid-stream, or drop the connection mid-stream. The faults of
 * real providers and proxies are written with these: a stream closed cleanly before its end marker is an
 * SSE body without it; a wrong content type is a 200 {@link Reply#error}; a JSON body labelled as an
 * event stream is {@link Reply#labelledAsStream}; a reset is {@link Reply#droppingAfter}.
 */
final class FakeProviderServer implements AutoCloseable {

    /** One scripted answer; {@code dropAfterChunks} >= 0 drops the connection after that many chunks. */
    record Reply(int status, Map<String, String> headers, List<String> chunks, int stallAfterChunks, Duration stall,
                 Duration pacing, int dropAfterChunks) {
        Reply(int status, Map<String, String> headers, List<String> chunks, int stallAfterChunks, Duration stall,
              Duration pacing) {
            this(status, headers, chunks, stallAfterChunks, stall, pacing, -1);
        }

        static Reply sse(String body) {
            // One chunk per event so the client sees the stream arrive piece by piece.
            List<String> chunks = new ArrayList<>();
            for (String event : body.split("(?<=\n\n)")) {
                chunks.add(event);
            }
            return new Reply(200, Map.of("Content-Type", "text/event-stream"), chunks, -1, Duration.ZERO, Duration.ZERO);
        }

        /** A 200 body that is not an event stream but says it is (a proxy or a server ignoring "stream"). */
        static Reply labelledAsStream(String body) {
            return new Reply(200, Map.of("Content-Type", "text/event-stream"), List.of(body), -1, Duration.ZERO,
                    Duration.ZERO);
        }

        /**
         * Sends the first {@code n} chunks, then drops the connection in the middle of the chunked body,
         * without its last chunk: to the client, what a reset looks like (an I/O error mid-stream).
         */
        Reply droppingAfter(int n) {
            return new Reply(status, headers, chunks, stallAfterChunks, stall, pacing, n);
        }

        static Reply error(int status, String body, String... headerPairs) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Content-Type", "application/json");
            for (int i = 0; i < headerPairs.length; i += 2) {
                h.put(headerPairs[i], headerPairs[i + 1]);
            }
            return new Reply(status, h, List.of(body), -1, Duration.ZERO, Duration.ZERO);
        }

        /** Sends the first {@code n} chunks, then goes silent for {@code d} and hangs up. */
        Reply stallingAfter(int n, Duration d) {
            return new Reply(status, headers, chunks, n, d, pacing, dropAfterChunks);
        }

        /** Waits {@code d} before each chunk, like a model generating tokens. */
        Reply pacedBy(Duration d) {
            return new Reply(status, headers, chunks, stallAfterChunks, stall, d, dropAfterChunks);
        }
    }

    /** What the client sent. */
    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    FakeProviderServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeProviderServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** The most requests this server was answering at the same moment. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange ex) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runnable leave = () -> {
            if (counted.getAndSet(false)) {
                inFlight.decrementAndGet();
            }
        };
        try {
            answer(ex, leave);
        } finally {
            leave.run();
        }
    }

    /**
     * Answers; {@code leave} is run just before the body ends, so a client that sees the end and sends its
     * next request at once is never counted as in flight together with this finished one.
     */
    private void answer(HttpExchange ex, Runnable leave) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body));
        Reply r = script.poll();
        if (r == null) {
            r = Reply.error(500, "{\"error\":{\"message\":\"script exhausted\",\"type\":\"test\"}}");
        }
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        // Not try-with-resources: closing the body would finish it cleanly, which a drop must not do.
        OutputStream out = ex.getResponseBody();
        try {
            ex.sendResponseHeaders(r.status(), 0);
            out.flush();
            for (int i = 0; i < r.chunks().size(); i++) {
                if (i == r.dropAfterChunks()) {
                    // The server closes the connection when a handler throws, with the chunked body unfinished.
                    leave.run();
                    throw new ConnectionDropped();
                }
                if (i == r.stallAfterChunks()) {
                    awaitStopOr(r.stall());
                    leave.run();
                    ex.close();
                    return;
                }
                if (!r.pacing().isZero()) {
                    awaitStopOr(r.pacing());
                }
                out.write(r.chunks().get(i).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            leave.run();
            out.close();
        } catch (IOException clientWentAway) {
            // the client aborted the stream (watchdog); nothing to do
            ex.close();
        }
    }

    /** Thrown from a handler to make the server drop the connection. */
    private static final class ConnectionDropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionDropped() {
            super("scripted connection drop", null, false, false);
        }
    }

    private void awaitStopOr(Duration d) {
        try {
            stopping.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
