package org.sysmobench.systems.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.trace.Json;

class RecordingManifestTest {

  private static RecordingManifest sample() {
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("threads", 2);
    setup.put("fair", true);
    setup.put("spunWaits", 1);
    RecordingManifest.TraceEntry t = RecordingManifest.TraceEntry.counting("00-2t.ndjson", 7L, setup,
        List.of("Unlock", "Lock", "Lock"), List.of("5: no contention"));
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("spin", "0.9.5");
    provenance.put("jdk", "17");
    return new RecordingManifest("rust-spin", 42L, provenance, List.of("Lock", "TryLock", "Unlock"), List.of(t));
  }

  @Test
  void countsEventsPerActionAndListsUnseenActionsWithZero() {
    RecordingManifest m = sample();
    assertThat(m.traces().get(0).events()).isEqualTo(3);
    assertThat(m.traces().get(0).actions()).containsExactly(Map.entry("Lock", 2L), Map.entry("Unlock", 1L));
    assertThat(m.coverage()).containsExactly(Map.entry("Lock", 2L), Map.entry("TryLock", 0L), Map.entry("Unlock", 1L));
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesSchemaVersionProvenanceAndOrderedSetup() {
    Map<String, Object> json = (Map<String, Object>) Json.parse(sample().toJson().trim());
    assertThat(json.keySet()).containsExactly("schema", "version", "task", "seed", "provenance", "coverage", "traces");
    assertThat(json).containsEntry("schema", "sysmobench-recording").containsEntry("version", 2L)
        .containsEntry("task", "rust-spin").containsEntry("seed", 42L);
    assertThat(((Map<String, Object>) json.get("provenance")).keySet()).containsExactly("spin", "jdk");
    assertThat((Map<String, Object>) json.get("coverage")).containsEntry("TryLock", 0L);
    Map<String, Object> trace = ((List<Map<String, Object>>) json.get("traces")).get(0);
    assertThat(trace.keySet()).containsExactly("file", "seed", "setup", "events", "actions", "refused");
    assertThat(((Map<String, Object>) trace.get("setup")).keySet()).containsExactly("threads", "fair", "spunWaits");
    assertThat(trace).containsEntry("events", 3L).containsEntry("refused", List.of("5: no contention"));
  }

  @Test
  void writesAtomicallyLeavingNoTempFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("manifest.json"), "old");
    Path file = sample().writeTo(dir);
    assertThat(file).isEqualTo(dir.resolve(RecordingManifest.FILE));
    assertThat(Files.readString(file)).isEqualTo(sample().toJson());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
    }
  }
}
