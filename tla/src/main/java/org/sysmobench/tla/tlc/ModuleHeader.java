package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rejects files that are not TLA+ modules at all (empty, or LLM chatter) before TLC sees them. Why:
 * SANY's answer to a file without a {@code ---- MODULE Name ----} line is a NullPointerException
 * message, which explains nothing.
 */
final class ModuleHeader {
  private static final Pattern HEADER = Pattern.compile("(?m)^\\s*-{4,}\\s*MODULE\\s+\\w+");

  private ModuleHeader() {}

  static Optional<TlcOutcome> check(Path spec) {
    String text;
    try {
      text = Files.readString(spec, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.of(new TlcOutcome.ParseError("cannot read the spec " + spec + ": " + e.getMessage(), List.of()));
    } catch (RuntimeException e) { // malformed UTF-8: let SANY judge the bytes
      return Optional.empty();
    }
    if (text.isBlank()) {
      return Optional.of(new TlcOutcome.ParseError("the spec file is empty: " + spec.getFileName(), List.of()));
    }
    if (!HEADER.matcher(text).find()) {
      return Optional.of(new TlcOutcome.ParseError("not a TLA+ module: no '---- MODULE Name ----' line in "
          + spec.getFileName(), List.of(new SourceLocation(fileModule(spec), 1, 1, 1, 1))));
    }
    return Optional.empty();
  }

  private static String fileModule(Path spec) {
    String f = spec.getFileName().toString();
    return f.endsWith(".tla") ? f.substring(0, f.length() - 4) : f;
  }
}
