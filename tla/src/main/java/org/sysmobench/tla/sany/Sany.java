package org.sysmobench.tla.sany;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.scratch.ScratchFolder;
import org.sysmobench.tla.text.AsciiText;
import org.sysmobench.tla.text.SpecText;
import org.sysmobench.tla.text.UnicodeToAscii;

/**
 * Parses TLA+ specs with SANY in-process: about 4 ms per spec once warm, against about 300 ms for a
 * {@code java tla2sany.SANY} subprocess.
 *
 * <p>SANY runs in ONE long-lived isolated class loader (parent: the platform loader; URLs: the tools
 * jar and the bridge), so its statics never meet the host's or TLC's. Calls are serialized because
 * SANY is not reentrant; reusing SANY in one loader was measured stable (200 runs, identical results).
 * Modules resolve from the spec's folder, then the tools' standard modules and our library modules,
 * both pre-extracted, so SANY never writes to the temp folder.
 *
 * <p>Unicode TLA+ symbols are rewritten to ASCII first (SANY 2.1 has no Unicode support) and the
 * diagnostics are mapped back to the caller's positions; a sibling module next to the spec that
 * fails on a Unicode symbol is rewritten too, and the spec parsed again. The facade does not strip
 * markdown fences or prose: SANY ignores text outside the module and so does the result's ok flag,
 * but a {@link DiagnosticKind#TEXT_OUTSIDE_MODULE} warning says it was there. Use {@link SpecText} to
 * extract the module first when that is the caller's policy.
 *
 * <p>Thread-safe; close it to release the class loader.
 */
public final class Sany implements AutoCloseable {

  private static final String DRIVER = "org.sysmobench.tla.bridge.sany.SanyDriver";

  private final TlaTools tools;
  private final URLClassLoader loader;
  private final Method parse;
  private final Object lock = new Object();

  private Sany(TlaTools tools, URLClassLoader loader, Method parse) {
    this.tools = tools;
    this.loader = loader;
    this.parse = parse;
  }

  /** Creates the facade on the given tools; the first parse pays SANY's class loading (~300 ms). */
  public static Sany open(TlaTools tools) {
    URLClassLoader loader = new URLClassLoader("sysmobench-sany", tools.isolatedClassPath().toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    try {
      Method parse = Class.forName(DRIVER, true, loader).getMethod("parse", String.class, List.class, String.class);
      return new Sany(tools, loader, parse);
    } catch (ReflectiveOperationException | LinkageError e) {
      closeQuietly(loader);
      throw new IllegalStateException("cannot load the SANY bridge from " + tools.isolatedClassPath(), e);
    }
  }

  /**
   * Parses a spec file. Modules it EXTENDS or INSTANCEs are looked up next to it, then in the
   * standard and library modules.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public ParseResult parseFile(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    String text;
    try {
      text = Files.readString(abs, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + abs + ": " + e.getMessage(), e);
    }
    String fileName = abs.getFileName().toString();
    String fileModule = fileName.endsWith(".tla") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return parse(text, fileModule, Optional.of(abs), true, "");
  }

  /**
   * Parses {@code text} as if it were the content of {@code file}: the module name is checked against
   * the file name and sibling modules resolve from the file's folder, but the file itself is not read
   * (it need not exist). For callers that cleaned or edited a spec before parsing it.
   */
  public ParseResult parseAs(Path file, String text) {
    return parseAs(file, text, "");
  }

  /**
   * Parses as {@link #parseAs(Path, String)} and, when the module passes semantic checking, takes
   * apart its definition named {@code specification} (see {@link SpecFormula}); empty: none.
   */
  public ParseResult parseAs(Path file, String text, String specification) {
    Path abs = file.toAbsolutePath().normalize();
    String fileName = abs.getFileName().toString();
    String fileModule = fileName.endsWith(".tla") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return parse(text, fileModule, Optional.of(abs), false, specification);
  }

  /**
   * Parses a spec given as text. The module name comes from its {@code ---- MODULE Name ----} header;
   * the text is written as {@code Name.tla} into a fresh temporary folder, deleted afterwards.
   */
  public ParseResult parseText(String text) {
    Optional<String> name = SpecText.moduleName(text);
    if (name.isEmpty()) {
      return noModule(text, "");
    }
    return parse(text, name.get(), Optional.empty(), false, "");
  }

  /**
   * Parses module {@code root} of a set of modules given as text (module name to text), written together
   * into a fresh temporary folder, deleted afterwards: one SANY run for modules that use each other, so
   * the standard modules they share are read once.
   */
  public ParseResult parseModules(String root, Map<String, String> modules) {
    String text = modules.get(root);
    if (text == null) {
      throw new IllegalArgumentException("no module " + root + " among " + modules.keySet());
    }
    Map<String, AsciiText> rewritten = new LinkedHashMap<>();
    modules.forEach((name, t) -> rewritten.put(name, UnicodeToAscii.translate(t)));
    return attempt(text, root, Optional.empty(), false, rewritten, "");
  }

  private ParseResult parse(String text, String fileModule, Optional<Path> file, boolean fileHoldsText,
      String specification) {
    if (SpecText.moduleName(text).isEmpty()) {
      return noModule(text, fileModule);
    }
    Map<String, AsciiText> rewritten = new LinkedHashMap<>();
    rewritten.put(fileModule, UnicodeToAscii.translate(text));
    ParseResult result = attempt(text, fileModule, file, fileHoldsText, rewritten, specification);
    if (file.isPresent()) {
      // A sibling module (EXTENDS/INSTANCE next to the spec) written with Unicode symbols: rewrite it
      // too and parse again. Only on demand, so a large spec folder is never scanned.
      Map<String, AsciiText> siblings = unicodeSiblings(result, file.get().getParent(), rewritten.keySet());
      if (!siblings.isEmpty()) {
        rewritten.putAll(siblings);
        result = attempt(text, fileModule, file, fileHoldsText, rewritten, specification);
      }
    }
    return result;
  }

  private ParseResult attempt(String text, String fileModule, Optional<Path> file, boolean fileHoldsText,
      Map<String, AsciiText> rewritten, String specification) {
    AsciiText ascii = rewritten.get(fileModule);
    List<Diagnostic> extra = outsideModuleWarnings(text, fileModule);
    List<String> libraryDirs = new ArrayList<>();
    file.ifPresent(f -> libraryDirs.add(f.getParent().toString()));
    tools.libraryPath().forEach(p -> libraryDirs.add(p.toString()));
    if (file.isPresent() && fileHoldsText && rewritten.size() == 1 && !ascii.changed()) {
      // Parse in place: no copy needed. (The spec's own folder is searched first by the driver.)
      return run(file.get(), libraryDirs.subList(1, libraryDirs.size()), fileModule, text, rewritten, extra,
          specification);
    }
    // A folder named after this process, so one left behind by a kill is removed by a later parse.
    try (ScratchFolder scratch = ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "sysmobench-sany")) {
      Path dir = scratch.path();
      for (Map.Entry<String, AsciiText> e : rewritten.entrySet()) {
        Files.writeString(dir.resolve(e.getKey() + ".tla"), e.getValue().text(), StandardCharsets.UTF_8);
      }
      return run(dir.resolve(fileModule + ".tla"), libraryDirs, fileModule, text, rewritten, extra, specification);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary copy of module " + fileModule + ": "
          + ScratchFolder.describe(e), e);
    }
  }

  /** Siblings in {@code folder} that failed to lex on a non-ASCII character, rewritten; empty if none. */
  private static Map<String, AsciiText> unicodeSiblings(ParseResult result, Path folder, Set<String> done) {
    Map<String, AsciiText> found = new LinkedHashMap<>();
    for (Diagnostic d : result.diagnostics()) {
      if (d.kind() != DiagnosticKind.LEXICAL || done.contains(d.module()) || found.containsKey(d.module())
          || !d.message().contains(BridgeReport.NOT_ASCII_NOTE)) {
        continue;
      }
      Path sibling = folder.resolve(d.module() + ".tla");
      try {
        AsciiText ascii = UnicodeToAscii.translate(Files.readString(sibling, StandardCharsets.UTF_8));
        if (ascii.changed()) {
          found.put(d.module(), ascii);
        }
      } catch (IOException e) {
        // Not readable as a sibling file: keep SANY's own diagnostic.
      }
    }
    return found;
  }

  private ParseResult run(Path file, List<String> libraryDirs, String fileModule, String text,
      Map<String, AsciiText> rewritten, List<Diagnostic> extra, String specification) {
    Map<String, Object> raw;
    synchronized (lock) {
      raw = invoke(file, libraryDirs, specification);
    }
    List<String> replaced = new ArrayList<>();
    rewritten.values().forEach(a -> a.replaced().stream().filter(r -> !replaced.contains(r)).forEach(replaced::add));
    ParseResult r = new BridgeReport(raw, fileModule, rewritten).toResult(extra, replaced);
    List<Diagnostic> located = r.diagnostics().stream().map(d -> HeaderLocator.locate(d, text, fileModule)).toList();
    return new ParseResult(r.ok(), r.module(), located, r.definitions(), r.constants(), r.variables(),
        r.unicodeRewritten(), r.output(), r.modules(), r.specFormula());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> invoke(Path file, List<String> libraryDirs, String specification) {
    try {
      return (Map<String, Object>) parse.invoke(null, file.toString(), List.copyOf(libraryDirs), specification);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the SANY bridge failed on " + file, e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ParseResult noModule(String text, String fileModule) {
    String why;
    if (text.isBlank()) {
      why = "the text is empty";
    } else if (text.contains("```")) {
      why = "the text looks like markdown; no module header line was found in it";
    } else {
      String first = text.strip().lines().findFirst().orElse("").strip();
      why = "the text starts with \"" + (first.length() > 60 ? first.substring(0, 60) + "..." : first) + "\"";
    }
    Diagnostic d = new Diagnostic(DiagnosticKind.NO_MODULE, Severity.ERROR, fileModule, text.isBlank() ? 0 : 1,
        text.isBlank() ? 0 : 1, text.isBlank() ? 0 : 1, text.isBlank() ? 0 : 1,
        "no TLA+ module header (---- MODULE Name ----): " + why);
    return new ParseResult(false, fileModule, List.of(d), List.of(), List.of(), List.of(), List.of(), "", List.of(),
        SpecFormula.NONE);
  }

  private static List<Diagnostic> outsideModuleWarnings(String text, String module) {
    Optional<SpecText> spec = SpecText.extract(text);
    if (spec.isEmpty() || !spec.get().stripped()) {
      return List.of();
    }
    int line = spec.get().firstLine() > 1 ? 1 : spec.get().firstLine() + (int) spec.get().text().lines().count();
    // Only text actually outside: a missing closing rule is the parser's error to report, not ours.
    List<String> outside = spec.get().removed().stream().filter(n -> n.startsWith("removed")).toList();
    if (outside.isEmpty()) {
      return List.of();
    }
    return List.of(new Diagnostic(DiagnosticKind.TEXT_OUTSIDE_MODULE, Severity.WARNING, module, line, 1, line, 1,
        "text outside the module, ignored by SANY: " + String.join("; ", outside)));
  }

  @Override
  public void close() {
    closeQuietly(loader);
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // Nothing to recover: the loader only holds read-only jar handles.
    }
  }
}
