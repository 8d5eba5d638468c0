package org.sysmobench.check.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.model.ModelConfig;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.check.model.SpecModel;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;

/**
 * One of the task's own specs (the reference or a hidden mutant) made ready for property checks, in a
 * folder of its own: the spec under the task's module name and {@code SysMoBench_Model} next to it.
 *
 * @param label {@code reference} or the hidden mutant's name
 * @param constants the spec's declared constants
 * @param variables the spec's declared variables
 * @param values the constants' values: the task's, and the reference cfg's for constants beyond them
 */
record CheckedSpec(String label, Path folder, List<String> constants, List<String> variables,
    Map<String, String> values) {
  CheckedSpec {
    constants = List.copyOf(constants);
    variables = List.copyOf(variables);
    values = Map.copyOf(values);
  }

  /**
   * @throws IllegalStateException when the spec does not parse or cannot be model checked: the task's
   *     fault (a task check catches it), never the proposing agent's
   */
  static CheckedSpec prepare(String label, Path spec, Task task, Path folder, Sany sany) {
    String module = task.spec().module();
    Path file = folder.resolve(module + ".tla");
    String text = read(spec);
    WorkFiles.write(file, text);
    ParseResult parse = sany.parseAs(file, text, task.spec().specification());
    if (!parse.ok()) {
      throw new IllegalStateException("the task's " + label + " spec does not parse: " + parse.errors());
    }
    SpecModel model = SpecModel.prepare(parse, module, folder, sany);
    if (!model.ok()) {
      throw new IllegalStateException("the task's " + label + " spec cannot be model checked: " + model.problem());
    }
    ModelConfig config = ModelConfig.resolve(task.spec().constants(), read(task.reference().cfg()), parse.constants());
    return new CheckedSpec(label, folder, parse.constants(), parse.variables(), config.constants());
  }

  /** The frame of a module instantiating {@code SysMoBench_Model} with these values. */
  Frame frame(Set<String> contractNames, Map<String, String> overrides) {
    Map<String, String> v = new java.util.LinkedHashMap<>(values);
    overrides.forEach((k, x) -> {
      if (constants.contains(k)) {
        v.put(k, x);
      }
    });
    return Frame.of(ModelModule.NAME, contractNames, constants, variables, v, List.of());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
