package org.sysmobench.llm;

/** Who speaks a message. */
public enum Role {
    /** Instructions; sent as the top-level {@code system} field by protocols that have one. */
    SYSTEM,
    /** The caller's turn. */
    USER,
    /** An earlier model turn (multi-turn repair loops). */
    ASSISTANT
}
