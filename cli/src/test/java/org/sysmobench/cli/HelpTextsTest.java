package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders cleanly: picocli formats descriptions with {@code String.format},
 * so a bare {@code %} in a help text makes it print a warning on stderr and show the raw text instead.
 */
class HelpTextsTest {

  @Test
  void everyHelpRendersWithoutAPicocliWarning() {
    List<String> paths = new ArrayList<>();
    collect(new CommandLine(new Main()), "", paths);
    assertThat(paths).contains("run", "report", "task check", "doctor", "models", "traces record");

    PrintStream realErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      for (String path : paths) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out));
        List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
        args.add("--help");
        int exit = cli.execute(args.toArray(String[]::new));
        String text = out.toString();
        String warnings = err.toString(StandardCharsets.UTF_8);
        err.reset();
        if (exit != 0 || !text.contains("Usage: sysmobench") || !warnings.isEmpty() || text.contains("%n")
            || text.contains("%%")) {
          problems.add("sysmobench " + path + " --help (exit " + exit + "): " + warnings + text);
        }
      }
    } finally {
      System.setErr(realErr);
    }
    assertThat(problems).isEmpty();
  }

  private static void collect(CommandLine cli, String prefix, List<String> out) {
    out.add(prefix.strip());
    cli.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) {
        collect(sub, prefix + " " + name, out);
      }
    });
  }
}
