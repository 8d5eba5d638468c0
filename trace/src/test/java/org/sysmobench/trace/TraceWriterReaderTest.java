package org.sysmobench.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWriterReaderTest {
  @TempDir Path dir;

  @Test
  void writesHeaderThenEventsAndReadsThemBack() throws IOException {
    Path file = dir.resolve("sub/t.ndjson");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("leader", 3L);
    fields.put("zxid", 0x1_0000_0004L);
    fields.put("big", (1L << 53) + 1);
    fields.put("neg", -(1L << 53) - 1);
    fields.put("edge", 1L << 53);
    fields.put("state", "LOOKING");
    fields.put("ok", false);
    fields.put("votes", List.of(Map.of("sid", 1L)));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("system", "zk");
    meta.put("seed", 7L);
    try (TraceWriter w = TraceWriter.create(file, TraceHeader.of(meta))) {
      assertThat(w.append("2", "Vote", Optional.of("T-1"), fields)).isEqualTo(1);
      assertThat(w.append("3", "Crash", Optional.empty(), Map.of())).isEqualTo(2);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("{\"schema\":\"sysmobench-trace\",\"version\":1,\"meta\":{\"system\":\"zk\",\"seed\":7}}");
    assertThat(lines.get(1)).startsWith("{\"seq\":1,\"node\":\"2\",\"event\":\"Vote\",\"thread\":\"T-1\",\"leader\":3,\"zxid\":4294967300,")
        .contains("\"big\":\"9007199254740993\"", "\"neg\":\"-9007199254740993\"", "\"edge\":9007199254740992");
    assertThat(lines.get(2)).isEqualTo("{\"seq\":2,\"node\":\"3\",\"event\":\"Crash\"}");

    Trace trace = TraceReader.any().read(file);
    assertThat(trace.header().meta()).containsEntry("seed", 7L);
    TraceEvent vote = trace.events().get(0);
    assertThat(vote.longField("big")).isEqualTo((1L << 53) + 1);
    assertThat(vote.longField("neg")).isEqualTo(-(1L << 53) - 1);
    assertThat(vote.longField("zxid")).isEqualTo(0x1_0000_0004L);
    assertThat(vote.thread()).contains("T-1");
    assertThat(vote.fields().keySet()).containsExactly("leader", "zxid", "big", "neg", "edge", "state", "ok", "votes");
    assertThat(vote.toJsonLine()).isEqualTo(lines.get(1));
    assertThat(trace.events().get(1).thread()).isEmpty();
  }

  @Test
  void concurrentAppendsGetDistinctIncreasingSeqInFileOrder() throws Exception {
    Path file = dir.resolve("c.ndjson");
    int threads = 4;
    int each = 5000;
    try (TraceWriter w = TraceWriter.create(file, TraceHeader.of(Map.of()))) {
      List<Thread> ts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String node = "n" + t;
        Thread th = new Thread(() -> {
          for (int i = 0; i < each; i++) {
            w.append(node, "E", Optional.empty(), Map.of("i", (long) i));
          }
        });
        ts.add(th);
        th.start();
      }
      for (Thread th : ts) {
        th.join();
      }
      assertThat(w.count()).isEqualTo((long) threads * each);
    }
    List<TraceEvent> events = TraceReader.any().read(file).events();
    assertThat(events).hasSize(threads * each);
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).seq()).isEqualTo(i + 1);
    }
    // Per node, the events keep program order.
    Map<String, Long> next = new LinkedHashMap<>();
    for (TraceEvent e : events) {
      long expected = next.getOrDefault(e.node(), 0L);
      assertThat(e.longField("i")).isEqualTo(expected);
      next.put(e.node(), expected + 1);
    }
  }

  @Test
  void rejectsBadFieldsAndUseAfterClose() throws IOException {
    TraceWriter w = TraceWriter.create(dir.resolve("b.ndjson"), TraceHeader.of(Map.of()));
    assertThatThrownBy(() -> w.append("1", "E", Optional.empty(), Map.of("seq", 1L))).hasMessageContaining("reserved");
    assertThatThrownBy(() -> w.append("1", "E", Optional.empty(), Map.of("d", 1.5))).hasMessageContaining("Double");
    Map<String, Object> withNull = new java.util.HashMap<>();
    withNull.put("n", null);
    assertThatThrownBy(() -> w.append("1", "E", Optional.empty(), withNull)).hasMessageContaining("omit the field");
    w.close();
    w.close();
    assertThatThrownBy(() -> w.append("1", "E", Optional.empty(), Map.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shutdownHookIsRemovedOnClose() throws IOException {
    TraceWriter w = TraceWriter.create(dir.resolve("h.ndjson"), TraceHeader.of(Map.of())).closeOnShutdown();
    w.close();
    // A second registration attempt after close is a no-op rather than a leaked hook.
    w.closeOnShutdown();
  }

  private Path file(String content) throws IOException {
    Path f = dir.resolve("bad.ndjson");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private static final String HEADER = "{\"schema\":\"sysmobench-trace\",\"version\":1,\"meta\":{}}\n";

  @Test
  void namesFileAndLineForACorruptedLine() throws IOException {
    Path f = file(HEADER + "{\"seq\":1,\"node\":\"1\",\"event\":\"A\"}\n{\"seq\":2,\"node\":\"1\",\"event\":\"A\",}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f)).isInstanceOfSatisfying(TraceFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.getMessage()).startsWith(f + ":3: corrupted line").contains("column");
    });
  }

  @Test
  void reportsATruncatedLastLine() throws IOException {
    Path f = file(HEADER + "{\"seq\":1,\"node\":\"1\",\"event\":\"A\"}\n{\"seq\":2,\"node\":\"1\",\"ev");
    assertThatThrownBy(() -> TraceReader.any().read(f)).hasMessageStartingWith(f + ":3: truncated last line");
  }

  @Test
  void acceptsACompleteLastLineWithoutNewline() throws IOException {
    Path f = file(HEADER + "{\"seq\":1,\"node\":\"1\",\"event\":\"A\"}");
    assertThat(TraceReader.any().read(f).events()).hasSize(1);
  }

  @Test
  void reportsMissingAndMistypedRequiredFields() throws IOException {
    Path f1 = file(HEADER + "{\"node\":\"1\",\"event\":\"A\"}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f1)).hasMessage(f1 + ":2: missing required field 'seq'");
    Path f2 = file(HEADER + "{\"seq\":1,\"node\":1,\"event\":\"A\"}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f2)).hasMessage(f2 + ":2: field 'node' must be a string, found integer 1");
    Path f3 = file(HEADER + "{\"seq\":1,\"node\":\"1\"}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f3)).hasMessage(f3 + ":2: missing required field 'event'");
    Path f4 = file(HEADER + "{\"seq\":2,\"node\":\"1\",\"event\":\"A\"}\n{\"seq\":2,\"node\":\"1\",\"event\":\"A\"}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f4)).hasMessageContaining(":3: seq 2 does not increase");
    Path f5 = file(HEADER + "{\"seq\":1,\"node\":\"1\",\"event\":\"A\",\"x\":null}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f5)).hasMessageContaining(":2: field 'x' is null");
  }

  @Test
  void reportsUnknownEventsAndFieldsAgainstAVocabulary() throws IOException {
    Path f = file(HEADER + "{\"seq\":1,\"node\":\"1\",\"event\":\"Vote\",\"leader\":1}\n{\"seq\":2,\"node\":\"1\",\"event\":\"Vote\",\"lead\":1}\n");
    TraceReader strict = TraceReader.withVocabulary(Map.of("Vote", Set.of("leader")));
    assertThatThrownBy(() -> strict.read(f)).hasMessage(f + ":3: unknown field 'lead' for event 'Vote' (allowed: leader)");
    TraceReader other = TraceReader.withVocabulary(Map.of("Crash", Set.of()));
    assertThatThrownBy(() -> other.read(f)).hasMessage(f + ":2: unknown event 'Vote' (known: Crash)");
  }

  @Test
  void requiresAKnownHeader() throws IOException {
    Path f1 = file("{\"seq\":1,\"node\":\"1\",\"event\":\"A\"}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f1)).hasMessageContaining(":1: expected the header line").hasMessageContaining("found an event");
    Path f2 = file("{\"schema\":\"sysmobench-trace\",\"version\":2}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f2)).hasMessageContaining(":1: unsupported trace format version 2");
    Path f3 = file("");
    assertThatThrownBy(() -> TraceReader.any().read(f3)).hasMessageContaining(":1: empty file");
    Path f4 = file("{\"schema\":\"sysmobench-trace\",\"version\":1,\"extra\":1}\n");
    assertThatThrownBy(() -> TraceReader.any().read(f4)).hasMessageContaining("header: unknown field 'extra'");
  }

  @Test
  void reportsInvalidUtf8() throws IOException {
    Path f = dir.resolve("u.ndjson");
    // A valid non-ASCII line first: the error must still name the line with the bad byte.
    byte[] head = (HEADER + "{\"seq\":1,\"node\":\"é\",\"event\":\"A\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = '"';
    bytes[head.length + 1] = (byte) 0xC3;
    bytes[head.length + 2] = '"';
    Files.write(f, bytes);
    assertThatThrownBy(() -> TraceReader.any().read(f)).hasMessageContaining(":3: not valid UTF-8");
  }
}
