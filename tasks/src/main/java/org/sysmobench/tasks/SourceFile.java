package org.sysmobench.tasks;

import java.nio.file.Path;

/** A verified source file of a task: its path inside the origin and where its bytes are cached. */
public record SourceFile(String path, Path cached, SourceOrigin origin) {}
