package org.sysmobench.systems.kit.nativedriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Executables;
import org.sysmobench.trace.Prerequisite;

/**
 * The tool a driver is built with ({@code cargo}, {@code go}).
 *
 * @param name what the tool is called in messages
 * @param command the command that runs it: a path, or a bare name looked up on the PATH
 * @param install the command that installs it (and what else the build reads)
 */
public record Toolchain(String name, String command, String install) {
  /** The tool as a prerequisite: where it is on {@code env}'s PATH (or at its path), or "not on the PATH". */
  public Prerequisite prerequisite(Map<String, String> env) {
    // The configured command may be a path; a bare name is looked up on the PATH, as a shell would.
    Optional<Path> tool = command.contains("/") ? Optional.of(Path.of(command)).filter(Files::isExecutable)
        : Executables.find(command, env);
    return tool.map(p -> Prerequisite.present(name, p.toString(), install))
        .orElseGet(() -> Prerequisite.missing(name, "not on the PATH", install));
  }

  /**
   * Throws {@link RecordingFailedException} naming {@code hint} unless {@code <command> <versionArgs>} runs
   * and succeeds.
   */
  public void requireRunnable(List<String> versionArgs, String hint) throws InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(command);
    cmd.addAll(versionArgs);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new RecordingFailedException("'" + String.join(" ", cmd) + "' failed: " + hint);
      }
    } catch (IOException e) {
      throw new RecordingFailedException(name + " not found: " + hint, e);
    }
  }
}
