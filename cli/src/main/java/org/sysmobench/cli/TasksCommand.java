package org.sysmobench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sysmobench tasks}: one line per task package, including the broken ones (with why). */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "List the task packages under systems/.")
final class TasksCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    TaskCatalog catalog = TaskCatalog.discover();
    int broken = 0;
    out.printf("%-24s %-12s %-8s %-8s %-7s %s%n", "TASK", "KIND", "LANG", "DEFAULT", "TRACES", "TITLE");
    for (TaskId id : catalog.ids()) {
      try {
        Task t = catalog.load(id);
        out.printf("%-24s %-12s %-8s %-8s %-7d %s%n", id, t.kind().name().toLowerCase(java.util.Locale.ROOT),
            t.language(), t.defaultSet() ? "yes" : "no", t.traces().files().size(), t.title());
      } catch (TaskPackageException e) {
        broken++;
        out.printf("%-24s INVALID: %d problem(s); see `sysmobench task show %s`%n", id, e.problems().size(), id);
      }
    }
    return broken == 0 ? ExitCodes.OK : ExitCodes.FAIL;
  }
}
