/**
 * The syntax phase: SANY on the whole module (all or nothing) and on each top-level definition alone,
 * with names defined elsewhere stubbed, for partial credit (the original's "action decomposition").
 */
package org.sysmobench.check.syntax;
