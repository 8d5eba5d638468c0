/**
 * Cutting a task's source files into functions and methods for the code-translation author, and
 * choosing among them (seeded) when there are too many.
 *
 * <p>A lexical splitter, not a parser: it matches braces outside comments, strings and character
 * literals, which is enough for Java, Go, Rust and C, and never fails (a file it cannot split becomes
 * one unit). Depends on the JDK only.
 */
package org.sysmobench.agents.source;
