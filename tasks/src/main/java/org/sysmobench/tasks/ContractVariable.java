package org.sysmobench.tasks;

/**
 * A variable every spec of the task must declare, with the shape of its values in TLA+ (a set
 * expression over the contract's constants), its meaning in words, and how traces observe it.
 */
public record ContractVariable(String name, String shape, String meaning, Observation observation) {}
