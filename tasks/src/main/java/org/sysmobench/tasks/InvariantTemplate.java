package org.sysmobench.tasks;

/**
 * An expert property of the system: its name, kind, meaning in words, and a concrete TLA+
 * definition over the contract vocabulary (the right-hand side of {@code name == definition}).
 * Because the definition is concrete, no LLM translates templates at scoring time.
 */
public record InvariantTemplate(String name, InvariantKind kind, String meaning, String definition) {}
