package org.sysmobench.agents.prompt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tasks.EventMapping;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.Task;

/** Renders a task's data as prompt text: readable for a model, stable byte for byte for the cache. */
public final class TaskBriefing {
  private TaskBriefing() {}

  /** The contract: constants, node set, variables with shapes, actions with exact signatures, events. */
  public static String contract(Task task) {
    Contract c = task.contract();
    StringBuilder s = new StringBuilder();
    s.append("Constants: ").append(c.constants().isEmpty() ? "(none)" : String.join(", ", c.constants()))
        .append('\n');
    if (c.nodeSet() != null && !c.nodeSet().isBlank()) {
      s.append("Nodes (the processes or threads that take steps): the elements of ").append(c.nodeSet())
          .append('\n');
    }
    s.append("\nVariables (declare each with exactly this name; its value must always have the shape shown):\n");
    for (ContractVariable v : c.variables()) {
      s.append("- ").append(v.name()).append(" \\in ").append(v.shape());
      if (v.meaning() != null && !v.meaning().isBlank()) {
        s.append("  -- ").append(v.meaning());
      }
      s.append(" (").append(observed(v)).append(")\n");
    }
    s.append("\nActions (define each as an operator with exactly this signature):\n");
    for (ContractAction a : c.actions()) {
      s.append("- ").append(signature(a));
      if (a.meaning() != null && !a.meaning().isBlank()) {
        s.append("  -- ").append(a.meaning());
      }
      s.append('\n');
    }
    if (!c.events().isEmpty()) {
      s.append("\nRecorded events and the action each one is:\n");
      for (EventMapping e : c.events()) {
        s.append("- event ").append(e.event()).append(" is ").append(e.action());
        if (!e.args().isEmpty()) {
          s.append(" with ").append(e.args().entrySet().stream().map(x -> x.getKey() + " = " + x.getValue())
              .collect(Collectors.joining(", ")));
        }
        s.append('\n');
      }
    }
    return s.toString().strip();
  }

  /** {@code Name(p1, p2)}, or {@code Name} for an action without parameters. */
  public static String signature(ContractAction a) {
    return a.params().isEmpty() ? a.name() : a.name() + "(" + String.join(", ", a.params()) + ")";
  }

  private static String observed(ContractVariable v) {
    if (v.observation() == null) {
      return "observed in traces";
    }
    return switch (v.observation()) {
      case WHOLE -> "observed in traces";
      case PER_NODE -> "observed in traces per node: each event shows the value at its node";
      case HIDDEN -> "not observed in traces, but part of the model";
    };
  }

  /**
   * The constants with the values they get when the spec is checked, one {@code Name = value} per line, all
   * flush left: templates strip the inserted value, so an indent would be lost on the first line only.
   */
  public static String constants(Task task) {
    Map<String, String> values = task.spec().constants();
    if (values.isEmpty()) {
      return "(no constants)";
    }
    return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  /** The brief as written by the task author. */
  public static String brief(Task task) {
    return task.brief().strip();
  }

  /** Every source file with a header naming its path (relative to the task, never a local path). */
  public static String sources(List<SourceFile> sources) {
    if (sources.isEmpty()) {
      return "(no source files)";
    }
    StringBuilder s = new StringBuilder();
    for (SourceFile f : sources) {
      s.append("===== file: ").append(f.path()).append(" (").append(language(f.path())).append(") =====\n");
      s.append(read(f).strip()).append('\n');
      s.append("===== end of file: ").append(f.path()).append(" =====\n\n");
    }
    return s.toString().strip();
  }

  /** The text of a source file (UTF-8, with malformed bytes replaced rather than failing). */
  public static String read(SourceFile f) {
    try {
      return new String(Files.readAllBytes(f.cached()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read source " + f.path() + " at " + f.cached(), e);
    }
  }

  static String language(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    int dot = p.lastIndexOf('.');
    String ext = dot < 0 ? "" : p.substring(dot + 1);
    return switch (ext) {
      case "java" -> "Java";
      case "go" -> "Go";
      case "rs" -> "Rust";
      case "c", "h" -> "C";
      case "cc", "cpp", "hpp", "cxx" -> "C++";
      case "py" -> "Python";
      default -> ext.isEmpty() ? "text" : ext;
    };
  }
}
