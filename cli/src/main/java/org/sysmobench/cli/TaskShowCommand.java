package org.sysmobench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.PinnedFile;
import org.sysmobench.tasks.SourceOrigin;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** {@code sysmobench task show ID}: everything a task package says, or every problem it has. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a task package (or all its problems).")
final class TaskShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TASK") String id;

  @Spec CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    Task t;
    try {
      t = TaskCatalog.discover().load(TaskId.of(id));
    } catch (TaskPackageException e) {
      out.println(e.getMessage());
      return ExitCodes.FAIL;
    } catch (IllegalArgumentException e) {
      command.commandLine().getErr().println("task show: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(t.id()).append(": ").append(t.title()).append('\n');
    sb.append("  kind ").append(t.kind().name().toLowerCase(java.util.Locale.ROOT)).append(", language ")
        .append(t.language()).append(t.defaultSet() ? ", in the default task set" : ", not in the default task set")
        .append('\n');
    sb.append("  spec module ").append(t.spec().module()).append(", checked as ").append(t.spec().specification())
        .append(" with ").append(t.spec().constants()).append('\n');
    sb.append("Sources:\n");
    for (SourceOrigin o : t.sources()) {
      sb.append("  ").append(o.describe()).append('\n');
      for (PinnedFile f : o.files()) {
        sb.append("    ").append(f.path()).append("  sha256 ").append(f.sha256(), 0, 12).append("...\n");
      }
    }
    sb.append("Contract:\n  constants ").append(t.contract().constants());
    if (!t.contract().nodeSet().isEmpty()) {
      sb.append(", nodes ").append(t.contract().nodeSet());
    }
    sb.append('\n');
    for (ContractVariable v : t.contract().variables()) {
      sb.append("  variable ").append(v.name()).append(" \\in ").append(v.shape()).append("  (")
          .append(v.observation().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append(") ")
          .append(v.meaning()).append('\n');
    }
    for (ContractAction a : t.contract().actions()) {
      sb.append("  action ").append(a.name()).append('(').append(String.join(", ", a.params())).append(")  ")
          .append(a.meaning()).append('\n');
    }
    sb.append("Invariants:\n");
    for (InvariantTemplate i : t.invariants()) {
      sb.append("  ").append(i.name()).append(" (").append(i.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append(") ").append(i.meaning()).append('\n');
    }
    sb.append("Reference: ").append(t.folder().relativize(t.reference().spec())).append('\n');
    for (Mutant m : t.reference().mutants()) {
      sb.append("  mutant ").append(m.name()).append(" loses in ").append(m.losesIn()).append(": ")
          .append(m.description()).append('\n');
    }
    sb.append("Traces: ").append(t.traces().files().size()).append(" in ")
        .append(t.folder().relativize(t.traces().folder())).append('\n');
    out.print(sb);
    out.flush();
    return ExitCodes.OK;
  }
}
