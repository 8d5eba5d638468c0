package org.sysmobench.llm;

import java.util.List;
import java.util.Objects;

/**
 * What to ask a model. The model and its generation parameters belong to the client (see the model
 * catalog), so the same request can be sent to several models.
 *
 * @param messages    the conversation, in order; at least one non-system message
 * @param sampleIndex which sample this is (epoch); part of the cache key so N samples are N entries
 */
public record ChatRequest(List<Message> messages, int sampleIndex) {
    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.stream().noneMatch(m -> m.role() != Role.SYSTEM)) {
            throw new IllegalArgumentException("a request needs at least one user or assistant message");
        }
        if (sampleIndex < 0) {
            throw new IllegalArgumentException("sampleIndex must be >= 0, was " + sampleIndex);
        }
    }

    /** The common case: one system prompt, one user prompt. */
    public static ChatRequest of(String system, String user, int sampleIndex) {
        return new ChatRequest(List.of(Message.system(system), Message.user(user)), sampleIndex);
    }

    /** Prompts can be tens of thousands of tokens: print their size, not their text. */
    @Override
    public String toString() {
        int chars = messages.stream().mapToInt(m -> m.text().length()).sum();
        return "ChatRequest[" + messages.size() + " messages, " + chars + " chars, sample " + sampleIndex + "]";
    }
}
