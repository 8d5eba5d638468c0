package org.sysmobench.llm.client;

/** Turns one protocol's SSE events into a {@link ParsedStream}. One instance per stream. */
interface StreamParser {
    /** @throws StreamErrorException for an error event; any other runtime exception means garbage */
    void accept(SseEvent event);

    ParsedStream result();
}
