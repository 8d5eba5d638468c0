package org.sysmobench.tla.bridge.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import org.sysmobench.tla.bridge.hooks.JobChannel;
import util.ToolIO;

/**
 * {@code TraceReader!NdJsonLines(path)}: an NDJSON trace file as a sequence of TLC values (see
 * {@link JsonLineParser} for the mapping and what is rejected). Errors name the file, the 1-based
 * line and the field.
 *
 * <p>Only regular files named {@code *.ndjson}, {@code *.jsonl} or {@code *.json} are read, and in an
 * evaluation only the files the harness allowed for the job (its own trace files, compared after
 * resolving symbolic links), so a spec from an untrusted author cannot pull arbitrary files (keys,
 * /etc, other runs' traces) into TLC's output. A relative path is resolved against the spec's folder,
 * which TLC records as its user dir.
 */
public final class TraceReaderOps {

  private static final List<String> EXTENSIONS = List.of(".ndjson", ".jsonl", ".json");

  private TraceReaderOps() {}

  @TLAPlusOperator(identifier = "NdJsonLines", module = "TraceReader", warn = false)
  public static Value ndJsonLines(Value path) {
    if (!(path instanceof StringValue)) {
      throw OperatorErrors.error("NdJsonLines expects a file name string, but was given " + path);
    }
    Path file = resolve(((StringValue) path).getVal().toString());
    List<Value> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          lines.add(JsonLineParser.parse(line));
        } catch (JsonLineParser.JsonValueException e) {
          throw OperatorErrors.error("NdJsonLines: " + file + " line " + number + ": " + e.getMessage());
        }
      }
    } catch (CharacterCodingException e) {
      throw OperatorErrors.error("NdJsonLines: " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw OperatorErrors.error("NdJsonLines: cannot read " + file + ": " + e);
    }
    return new TupleValue(lines.toArray(new Value[0]));
  }

  private static Path resolve(String name) {
    Path p = Path.of(name);
    String userDir = ToolIO.getUserDir();
    if (!p.isAbsolute() && userDir != null) {
      p = Path.of(userDir).resolve(p);
    }
    p = p.toAbsolutePath().normalize();
    String lower = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      throw OperatorErrors.error("NdJsonLines reads only *.ndjson, *.jsonl or *.json files, not " + p);
    }
    if (!Files.isRegularFile(p)) {
      throw OperatorErrors.error("NdJsonLines: no such file " + p);
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException e) {
      throw OperatorErrors.error("NdJsonLines: cannot resolve " + p + ": " + e.getMessage());
    }
    if (!JobChannel.mayRead(real)) {
      throw OperatorErrors.error("NdJsonLines: " + p + " is not one of the files this evaluation may read");
    }
    return real;
  }
}
