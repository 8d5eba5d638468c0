/**
 * What the harness makes of a submitted spec before any phase model checks it: whether it may be
 * checked at all (only standard and safe library modules, no reserved names, a specification formula
 * that can be taken apart), the generated module that restates the parts of its specification formula
 * under fixed names, and the TLC configuration the task owns.
 *
 * <p>Every later phase checks the spec through this module, so they all check the same behaviours:
 * the initial predicate and next-state action the spec's own formula names, whatever the spec's other
 * definitions are called. May depend on {@code tla} and {@code tasks}.
 */
package org.sysmobench.check.model;
