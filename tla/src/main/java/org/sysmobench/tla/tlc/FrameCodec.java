package org.sysmobench.tla.tlc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The host-worker wire format: each frame is the 4-byte marker {@code SMBF}, a 4-byte big-endian
 * length, and that many bytes of UTF-8 JSON encoding one object with a {@code type} field. The reader
 * skips any bytes before a marker: the JVM itself may print warnings to stdout (e.g. about deprecated
 * flags) before the worker's main runs, and those must not break the stream.
 *
 * <p>Frames, host to worker: {@code run} (one job: TLC arguments, resolver path, budgets, class
 * path), {@code exit}. Worker to host: {@code ready} (once, after start), {@code progress} (stats
 * snapshots during a job), {@code result} (the driver's result map). Versioned by {@link #VERSION},
 * which the worker echoes in {@code ready}; host and worker always come from the same class path.
 */
final class FrameCodec {
  static final int VERSION = 1;
  private static final int MAX_FRAME = 64 << 20;
  private static final byte[] MARKER = {'S', 'M', 'B', 'F'};
  private final ObjectMapper json = new ObjectMapper();

  void write(DataOutputStream out, Map<String, Object> frame) throws IOException {
    byte[] bytes = json.writeValueAsBytes(frame);
    synchronized (out) {
      out.write(MARKER);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.flush();
    }
  }

  /** The next frame, or empty at end of stream. */
  Optional<Map<String, Object>> read(DataInputStream in) throws IOException {
    int matched = 0;
    while (matched < MARKER.length) {
      int b = in.read();
      if (b < 0) {
        return Optional.empty();
      }
      matched = b == MARKER[matched] ? matched + 1 : (b == MARKER[0] ? 1 : 0);
    }
    int length;
    try {
      length = in.readInt();
    } catch (EOFException e) {
      return Optional.empty();
    }
    if (length < 0 || length > MAX_FRAME) {
      throw new IOException("bad frame length " + length + ": the stream is corrupt");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return Optional.of(json.readValue(bytes, new TypeReference<Map<String, Object>>() {}));
  }
}
