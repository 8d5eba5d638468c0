/**
 * Turning a model's answer into a spec and a TLC config: the module is found inside fences and prose
 * (with tla's {@code SpecText}), a JSON answer or a separate cfg block is accepted, and a config is
 * built from the task's constants when the model gave none. Every liberty taken is noted, so that a
 * transcript shows exactly what was cut or added.
 *
 * <p>May depend on {@code tasks}, {@code llm} and tla's {@code text} package; never on the checkers.
 */
package org.sysmobench.agents.answer;
