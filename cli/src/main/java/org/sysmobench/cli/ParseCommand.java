package org.sysmobench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.text.SpecText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sysmobench parse SPEC.tla}: SANY's verdict on one spec, with every diagnostic as
 * {@code file:line:col: kind: message} plus the offending line and a caret.
 *
 * <p>Markdown fences and prose around the module (a pasted LLM answer) are cut with {@link SpecText}
 * before parsing, and the command says so; cut lines are kept as blank lines so positions still
 * refer to the file as written.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse and semantically check one TLA+ spec with SANY (in-process, ~5 ms warm).",
      "Unicode TLA+ symbols are rewritten to ASCII first; positions refer to the file as written."
    },
    footer = {
      "",
      "Exit codes:",
      "  0   the spec parses",
      "  10  SANY rejects the spec (each diagnostic is printed)",
      "  30  the TLA+ tools cannot be loaded",
      "  2   bad command line or unreadable file"
    })
final class ParseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC.tla", description = "The root module.")
  Path spec;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--tla-tools", paramLabel = "JAR", description = "Use this tla2tools.jar instead of the default.")
  Path toolsJar;

  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    String raw;
    try {
      raw = Files.readString(spec, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("error: no such file: " + spec);
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("error: cannot read " + spec + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Optional<SpecText> extracted = SpecText.extract(raw);
    List<String> stripped = extracted.map(SpecText::removed).orElse(List.of());
    // Blank lines in place of what was cut keep every position equal to the file's.
    String text = extracted.filter(SpecText::stripped)
        .map(s -> "\n".repeat(s.firstLine() - 1) + s.text()).orElse(raw);
    ParseResult result;
    try (Sany sany = Sany.open(TlaTools.resolve(Optional.ofNullable(toolsJar)))) {
      result = text.equals(raw) ? sany.parseFile(spec) : sany.parseAs(spec, text);
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    }
    if (json) {
      printJson(out, result, stripped);
    } else {
      printText(out, result, stripped, raw);
    }
    out.flush();
    return result.ok() ? ExitCodes.OK : ExitCodes.FAIL;
  }

  private void printText(PrintWriter out, ParseResult r, List<String> stripped, String raw) {
    for (String note : stripped) {
      out.println("note: " + note + " (markdown/prose around the module is not part of the spec)");
    }
    if (!r.unicodeRewritten().isEmpty()) {
      out.println("note: rewrote Unicode symbols to ASCII before parsing: " + String.join(" ", r.unicodeRewritten()));
    }
    String[] lines = raw.split("\\R", -1);
    for (Diagnostic d : r.diagnostics()) {
      out.println(location(d) + ": " + kindLabel(d) + ": " + d.message());
      if (d.hasPosition() && isRoot(d) && d.line() <= lines.length) {
        String source = lines[d.line() - 1];
        out.println("    " + source);
        out.println("    " + caret(source, d));
      }
    }
    if (r.ok()) {
      out.println("OK: module " + r.module() + ", " + r.definitions().size() + " definitions, constants "
          + listOrNone(r.constants()) + ", variables " + listOrNone(r.variables()));
    } else {
      out.println("FAILED: module " + (r.module().isEmpty() ? "?" : r.module()) + ", " + r.errors().size()
          + (r.errors().size() == 1 ? " error" : " errors"));
    }
  }

  private String location(Diagnostic d) {
    String file = d.module().isEmpty() || d.module().equals(moduleOfFile()) ? spec.toString()
        : siblingFile(d.module());
    return d.hasPosition() ? file + ":" + d.line() + ":" + d.column() : file;
  }

  private String moduleOfFile() {
    String name = spec.getFileName().toString();
    return name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
  }

  private String siblingFile(String module) {
    Path sibling = spec.getParent() == null ? Path.of(module + ".tla") : spec.getParent().resolve(module + ".tla");
    return Files.exists(sibling) ? sibling.toString() : module + ".tla";
  }

  private boolean isRoot(Diagnostic d) {
    return d.module().equals(moduleOfFile());
  }

  private static String kindLabel(Diagnostic d) {
    String kind = d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return d.severity() == org.sysmobench.tla.sany.Severity.WARNING ? "warning (" + kind + ")" : kind + " error";
  }

  /** Spaces (tabs kept, so the caret lines up) under the line, then ^ and ~ up to the end column. */
  static String caret(String source, Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.column() - 1; i++) {
      sb.append(i < source.length() && source.charAt(i) == '\t' ? '\t' : ' ');
    }
    sb.append('^');
    if (d.endLine() == d.line()) {
      for (int c = d.column() + 1; c <= d.endColumn(); c++) {
        sb.append('~');
      }
    }
    return sb.toString();
  }

  private static String listOrNone(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  private void printJson(PrintWriter out, ParseResult r, List<String> stripped) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("file", spec.toString());
    doc.put("ok", r.ok());
    doc.put("module", r.module());
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", d.kind().name());
      m.put("severity", d.severity().name());
      m.put("module", d.module());
      m.put("line", d.line());
      m.put("column", d.column());
      m.put("endLine", d.endLine());
      m.put("endColumn", d.endColumn());
      m.put("message", d.message());
      diagnostics.add(m);
    }
    doc.put("diagnostics", diagnostics);
    List<Map<String, Object>> definitions = new ArrayList<>();
    for (Definition def : r.definitions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", def.name());
      m.put("arity", def.arity());
      m.put("local", def.local());
      m.put("instance", def.instance());
      m.put("line", def.range().line());
      m.put("column", def.range().column());
      m.put("endLine", def.range().endLine());
      m.put("endColumn", def.range().endColumn());
      definitions.add(m);
    }
    doc.put("definitions", definitions);
    doc.put("constants", r.constants());
    doc.put("variables", r.variables());
    doc.put("unicodeRewritten", r.unicodeRewritten());
    doc.put("stripped", stripped);
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
