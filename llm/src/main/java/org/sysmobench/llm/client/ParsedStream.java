package org.sysmobench.llm.client;

import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.Usage;

/**
 * What a protocol parser made of one response stream.
 *
 * @param sawTerminal the protocol's end marker arrived ({@code [DONE]} / {@code message_stop}); without it
 *                    the answer is truncated whatever it contains
 */
record ParsedStream(String text, String reasoningText, Usage usage, FinishReason finishReason, String rawFinishReason,
                    boolean sawTerminal) {

    boolean truncated() {
        return !sawTerminal || finishReason == FinishReason.LENGTH || finishReason == FinishReason.NONE;
    }
}
