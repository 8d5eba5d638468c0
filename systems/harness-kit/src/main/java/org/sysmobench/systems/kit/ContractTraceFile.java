package org.sysmobench.systems.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.trace.TraceHeader;
import org.sysmobench.trace.TraceWriter;

/** Writes contract events as a {@code sysmobench-trace} file, atomically (a temp file, then a rename). */
public final class ContractTraceFile {
  private ContractTraceFile() {}

  public static void write(Path file, Map<String, Object> meta, List<ContractEvent> events) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (TraceWriter w = TraceWriter.create(tmp, TraceHeader.of(meta))) {
      for (ContractEvent e : events) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("args", e.args());
        fields.put("state", e.state());
        w.append(e.node(), e.action(), Optional.empty(), fields);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
