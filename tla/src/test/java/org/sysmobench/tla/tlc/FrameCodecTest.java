package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameCodecTest {
  private final FrameCodec codec = new FrameCodec();

  @Test
  void framesSurviveStrayOutputBeforeAndBetweenThem() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("OpenJDK warning: something SM\n".getBytes(StandardCharsets.UTF_8));
    codec.write(out, Map.of("type", "ready", "version", 1));
    out.write("stray S M B".getBytes(StandardCharsets.UTF_8));
    codec.write(out, Map.of("type", "result", "output", "SMBF inside a string is fine"));
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(codec.read(in)).hasValueSatisfying(f -> assertThat(f).containsEntry("type", "ready"));
    assertThat(codec.read(in)).hasValueSatisfying(f -> assertThat(f).containsEntry("output",
        "SMBF inside a string is fine"));
    assertThat(codec.read(in)).isEmpty();
  }
}
