package org.sysmobench.tasks;

import java.nio.file.Path;

/**
 * Where a task's recorded traces live ({@code folder}, holding {@code *.ndjson} files in the
 * contract vocabulary and a manifest) and which recorder, if any, records fresh ones ({@code
 * recorder}; empty when the task has no harness on this machine).
 */
public record TraceSettings(Path folder, String recorder) {
  public boolean hasRecorder() {
    return !recorder.isEmpty();
  }
}
