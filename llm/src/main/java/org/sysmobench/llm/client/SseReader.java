package org.sysmobench.llm.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code text/event-stream} body into events, keeping every byte it read so the exact body can be
 * recorded. Follows the WHATWG rules the providers rely on: lines end in LF, CRLF or CR; {@code :} starts
 * a comment; one space after the colon is dropped; data lines join with LF; a blank line dispatches; an
 * event still open at end of stream is dropped (it never completed).
 */
final class SseReader {

    /** Receives events; may throw to stop reading. */
    interface Sink {
        void accept(SseEvent event);
    }

    private final InputStream in;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();

    SseReader(InputStream in) {
        this.in = in;
    }

    /** Reads to end of stream, dispatching events to {@code sink}. */
    void readAll(Sink sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        StringBuilder data = new StringBuilder();
        boolean hasData = false;
        String name = "";
        byte[] buf = new byte[8192];
        boolean lastWasCr = false;
        int n;
        while ((n = in.read(buf)) != -1) {
            raw.write(buf, 0, n);
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '\n' && lastWasCr) {
                    lastWasCr = false;
                    continue;
                }
                lastWasCr = b == '\r';
                if (b != '\n' && b != '\r') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.isEmpty()) {
                    if (hasData) {
                        sink.accept(new SseEvent(name, data.toString()));
                    }
                    data.setLength(0);
                    hasData = false;
                    name = "";
                    continue;
                }
                if (text.startsWith(":")) {
                    continue;
                }
                int colon = text.indexOf(':');
                String field = colon < 0 ? text : text.substring(0, colon);
                String value = colon < 0 ? "" : text.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                if (field.equals("data")) {
                    if (hasData) {
                        data.append('\n');
                    }
                    data.append(value);
                    hasData = true;
                } else if (field.equals("event")) {
                    name = value;
                }
            }
        }
    }

    /** Every byte read so far, as UTF-8 text. */
    String rawText() {
        return raw.toString(StandardCharsets.UTF_8);
    }
}
