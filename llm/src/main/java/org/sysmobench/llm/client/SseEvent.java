package org.sysmobench.llm.client;

/** One server-sent event: its {@code event:} name ("" when absent) and its joined {@code data:} lines. */
record SseEvent(String name, String data) {
}
