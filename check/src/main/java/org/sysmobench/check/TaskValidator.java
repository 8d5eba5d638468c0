package org.sysmobench.check;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.check.conformance.ContractVocabulary;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;

/**
 * The checks of a task package that need SANY (the loader does the rest): the reference spec parses,
 * is named as the task says and declares the contract vocabulary; every invariant template parses
 * against the contract vocabulary alone (so it can only use names every spec must declare), and so does
 * every action parameter's domain. Every
 * problem is returned, not just the first.
 */
public final class TaskValidator {
  private TaskValidator() {}

  public static List<String> problems(Task task, Sany sany) {
    List<String> problems = new ArrayList<>();
    ParseResult ref = sany.parseFile(task.reference().spec());
    if (!ref.ok()) {
      ref.errors().forEach(d -> problems.add("reference spec: " + d));
    } else {
      if (!ref.module().equals(task.spec().module())) {
        problems.add("reference spec: module " + ref.module() + " but the task's module is " + task.spec().module());
      }
      ContractVocabulary.missing(task.contract(), ref)
          .forEach(m -> problems.add("reference spec: does not declare the contract's " + m));
    }
    for (ContractAction a : task.contract().actions()) {
      for (String param : a.params()) {
        String domain = a.domain(param);
        ParseResult r = sany.parseText(vocabularyModule(task, "Domain", domain));
        for (Diagnostic d : r.errors()) {
          problems.add("action " + a.name() + ": domain of " + param + " '" + domain + "': " + d.message()
              + " (only the contract's constants may be used)");
        }
      }
    }
    for (InvariantTemplate t : task.invariants()) {
      ParseResult r = sany.parseText(vocabularyModule(task, t.name(), t.definition()));
      for (Diagnostic d : r.errors()) {
        problems.add("invariant " + t.name() + ": " + d.message() + " (only the contract's names may be used)");
      }
    }
    return problems;
  }

  /** A module declaring exactly the contract's vocabulary, plus one definition. */
  static String vocabularyModule(Task task, String name, String definition) {
    StringBuilder sb = new StringBuilder("---- MODULE ContractOf" + task.spec().module() + " ----\n");
    sb.append("EXTENDS Integers, FiniteSets, Sequences, TLC\n");
    if (!task.contract().constants().isEmpty()) {
      sb.append("CONSTANTS ").append(String.join(", ", task.contract().constants())).append('\n');
    }
    List<String> vars = task.contract().variables().stream().map(ContractVariable::name).toList();
    if (!vars.isEmpty()) {
      sb.append("VARIABLES ").append(String.join(", ", vars)).append('\n');
      sb.append("vars == <<").append(String.join(", ", vars)).append(">>\n");
    }
    sb.append("Init == TRUE\n");
    for (ContractAction a : task.contract().actions()) {
      sb.append(a.name());
      if (a.arity() > 0) {
        sb.append('(').append(String.join(", ", a.params())).append(')');
      }
      sb.append(" == TRUE\n");
    }
    sb.append("Template_").append(name).append(" ==\n  ").append(definition.strip().replace("\n", "\n  "))
        .append("\n====\n");
    return sb.toString();
  }
}
