package org.sysmobench.llm.client;

import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.Usage;

/**
 * What a protocol parser made of one response stream.
 *
 * @param sawTerminal the protocol's end marker arrived ({@code [DONE]}, {@code message_stop}, Gemini's
 *                    {@code finishReason}); without it the stream broke off and the text is not an answer
 */
record ParsedStream(String text, String reasoningText, Usage usage, FinishReason finishReason, String rawFinishReason,
                    boolean sawTerminal) {

    /**
     * The stream is the model's answer: it ended with its end marker and a stop reason. A stream that ends
     * otherwise (the connection closed cleanly before the marker, a body that is not an event stream) is a
     * provider fault, retried and never scored.
     */
    boolean endedNormally() {
        return sawTerminal && finishReason != FinishReason.NONE;
    }

    /** The model stopped at its token limit: its answer, but cut off. */
    boolean truncated() {
        return finishReason == FinishReason.LENGTH;
    }
}
