package org.sysmobench.store;

import org.sysmobench.model.result.EvalResult;

/** A cell's evaluation under one scoring version; the full result is also an artifact ({@code resultSha256}). */
public record CellScoring(CellKey key, int version, String resultSha256, EvalResult result) {}
