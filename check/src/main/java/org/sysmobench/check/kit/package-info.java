/**
 * A test kit for task authors: what a task's own tests need to prove it sound against its real system
 * (open the engine in a private folder, check the reference and mutants, explain a failure). Ships with
 * the product so every task harness tests the same way.
 */
package org.sysmobench.check.kit;
