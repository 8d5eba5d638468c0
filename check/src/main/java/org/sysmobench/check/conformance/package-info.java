/**
 * The conformance phase: every recorded trace of the task is replayed through the spec by TLC, with a
 * generated trace-check module that maps each event to its contract action and constrains the observed
 * variables. Deterministic: the mapping comes from the task's contract, never from an LLM.
 */
package org.sysmobench.check.conformance;
