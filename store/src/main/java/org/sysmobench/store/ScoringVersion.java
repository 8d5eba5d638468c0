package org.sysmobench.store;

/**
 * One scoring of a run: version 1 is written while the run executes; every rescore adds the next version
 * alongside the old ones, so scores from different profiles or grader versions can be compared.
 */
public record ScoringVersion(int version, String profile, String createdAt, String note) {}
