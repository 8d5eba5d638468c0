package org.sysmobench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sysmobench.runs.FreshTraces;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.SourceOrigin;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.trace.Executables;
import org.sysmobench.trace.Prerequisite;
import org.sysmobench.trace.TraceRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sysmobench doctor}: per task, what it needs (committed traces, a harness and its toolchain for
 * fresh traces, where its sources come from) and whether this machine has it, quickly and offline:
 * nothing is downloaded, built or run.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Say, per task, what it needs and whether this machine has it.",
      "For each task: committed traces, the harness and its toolchain for fresh traces, where the task's source"
          + " code comes from. Quick and offline: nothing is downloaded, built or run.",
      "The default benchmark (`sysmobench run`) skips a task it cannot record here, with the same reason."
    },
    footer = {
      "",
      "Exit codes: 0 nothing is missing; 10 something is missing (each line says what installs it); 2 bad command"
          + " line.",
      "API keys and models: `sysmobench models`."
    })
final class DoctorCommand implements Callable<Integer> {
  static final String OK = "ok     ";
  static final String MISSING = "MISSING";
  static final String INFO = "-      ";

  @Option(names = "--systems", paramLabel = "DIR", description = "Folder of task packages (default: the project's systems/).")
  Path systems;

  /** Where the PATH is read from; tests give a machine without some tool. */
  Map<String, String> env = System.getenv();

  private int missing;

  @Override
  public Integer call() {
    TaskCatalog catalog;
    try {
      catalog = systems == null ? TaskCatalog.discover() : new TaskCatalog(systems);
    } catch (RuntimeException e) {
      System.err.println("doctor: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    System.out.println("this machine");
    print(OK, "JDK " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")");
    try {
      TlaTools tools = TlaTools.resolve(Optional.empty());
      print(OK, "TLA+ tools: " + tools.toolsJar());
    } catch (RuntimeException e) {
      print(MISSING, "TLA+ tools: " + e.getMessage() + " (rebuild: mvn -B -ntp install -DskipTests)");
    }
    SourceMaterializer materializer = SourceMaterializer.standard(TlaTools.defaultCacheRoot());
    List<String> skippedByDefault = new ArrayList<>();
    for (TaskId id : catalog.ids()) {
      Task t;
      try {
        t = catalog.load(id);
      } catch (TaskPackageException e) {
        System.out.println();
        System.out.println(id);
        print(MISSING, "task package: " + e.problems().size() + " problem(s); see `sysmobench task show " + id + "`");
        continue;
      }
      System.out.println();
      System.out.println(id + (t.defaultSet() ? " (default benchmark)" : ""));
      long traces = t.traces().files().size();
      print(traces > 0 ? OK : INFO, traces > 0 ? "traces: " + traces + " committed (replaying them needs nothing more)"
          : "traces: none committed (no conformance phase until some are recorded)");
      Optional<TraceRecorder> recorder = Recorders.forTask(id);
      if (recorder.isEmpty()) {
        print(INFO, "fresh traces: no harness here");
      } else {
        List<Prerequisite> needs = recorder.get().prerequisites(env);
        if (needs.isEmpty()) {
          print(OK, "fresh traces: harness here, needs only the JDK");
        }
        for (Prerequisite p : needs) {
          print(p.present() ? OK : MISSING, "fresh traces: " + p.describe());
        }
        FreshTraces.missing(needs).filter(why -> t.defaultSet() && traces > 0)
            .ifPresent(why -> skippedByDefault.add(id.value()));
      }
      sources(t, materializer);
    }
    System.out.println();
    System.out.println(skippedByDefault.isEmpty()
        ? "the default benchmark (`sysmobench run`) can run every one of its tasks here"
        : "the default benchmark (`sysmobench run`) skips " + String.join(", ", skippedByDefault)
            + " here (see the MISSING lines); the other tasks run");
    return missing == 0 ? ExitCodes.OK : ExitCodes.FAIL;
  }

  /** Where the task's code comes from (read by agents that translate or study it), and what fetching it needs. */
  private void sources(Task t, SourceMaterializer materializer) {
    if (t.sources().isEmpty()) {
      return;
    }
    if (materializer.isComplete(t)) {
      print(OK, "sources (for agents that read code): cached, verified");
      return;
    }
    for (SourceOrigin o : t.sources()) {
      String what = "sources (for agents that read code): " + o.describe() + ", fetched on first use";
      if (o instanceof SourceOrigin.MavenSources) {
        print(INFO, what + " from Maven Central (network)");
      } else if (o instanceof SourceOrigin.Debian) {
        tools(what + " with apt-get download and dpkg-deb", List.of("apt-get", "dpkg-deb"),
            "a Debian or Ubuntu machine (apt-get and dpkg-deb)");
      } else if (o instanceof SourceOrigin.Git) {
        tools(what + " with git (network)", List.of("git"), "sudo apt-get install -y git");
      } else if (o instanceof SourceOrigin.Local local) {
        Path folder = Path.of(local.folder());
        Path resolved = folder.isAbsolute() ? folder : t.folder().resolve(folder);
        print(Files.isDirectory(resolved) ? OK : MISSING, "sources: " + o.describe() + " (" + resolved + ")");
      }
    }
  }

  private void tools(String what, List<String> commands, String install) {
    List<String> absent = commands.stream().filter(c -> Executables.find(c, env).isEmpty()).toList();
    if (absent.isEmpty()) {
      print(OK, what);
    } else {
      print(MISSING, what + ": " + String.join(", ", absent) + " not on the PATH (needs: " + install + ")");
    }
  }

  private void print(String state, String text) {
    if (state.equals(MISSING)) {
      missing++;
    }
    System.out.println("  " + state + "  " + text);
  }
}
