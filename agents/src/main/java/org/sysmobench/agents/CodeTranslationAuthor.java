package org.sysmobench.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sysmobench.agents.prompt.Prompt;
import org.sysmobench.agents.prompt.Prompts;
import org.sysmobench.agents.prompt.TaskBriefing;
import org.sysmobench.agents.source.SourceSplitter;
import org.sysmobench.agents.source.SourceUnit;
import org.sysmobench.agents.source.UnitSelection;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.tasks.SourceFile;

/**
 * The paper's Code Translation Agent: the sources are cut into functions, each function is translated
 * into a TLA+ fragment by its own call (the whole source stays in the system prefix, so every call
 * shares one cached prompt prefix), then one assembly call reconciles the fragments into the module.
 * When a task has more functions than {@link AuthorOptions#maxTranslationUnits()}, a seeded subset is
 * translated and the transcript lists the ones left out (the assembly still sees all the code).
 */
final class CodeTranslationAuthor implements SpecAuthor {
  static final String ID = "code-translation";
  private static final Pattern FENCED = Pattern.compile("(?s)(```|~~~)[\\w+-]*[^\\n]*\\n(.*?)\\n\\s*\\1");

  private final Prompts prompts;
  private final int maxUnits;
  private final SourceSplitter splitter = new SourceSplitter();
  private final DraftReader reader = new DraftReader();

  CodeTranslationAuthor(Prompts prompts, int maxUnits) {
    this.prompts = prompts;
    this.maxUnits = maxUnits;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<AuthorNeed> needs() {
    return Set.of(AuthorNeed.SOURCES);
  }

  @Override
  public Draft write(AuthoringRequest request) {
    Transcript transcript = new Transcript();
    List<SourceUnit> units = new ArrayList<>();
    for (SourceFile f : request.sources()) {
      units.addAll(splitter.split(f.path(), TaskBriefing.read(f)));
    }
    UnitSelection selection = UnitSelection.of(units, maxUnits, request.seed());
    transcript.note("split " + request.sources().size() + " source files into " + units.size() + " units");
    if (!selection.dropped().isEmpty()) {
      transcript.note("translating " + selection.chosen().size() + " of " + units.size() + " units (chosen with seed "
          + request.seed() + "); left out: " + selection.dropped().stream().map(SourceUnit::label)
          .collect(Collectors.joining(", ")));
    }
    StringBuilder fragments = new StringBuilder();
    int index = 0;
    for (SourceUnit unit : selection.chosen()) {
      index++;
      Prompt p = prompts.translateUnit(request.task(), request.sources(), unit, index, selection.chosen().size());
      ChatRequest chat = p.toRequest(request.sample());
      Completion c = request.model().complete(chat);
      String step = "translate:" + unit.label();
      transcript.add(step, p.version(), chat, c);
      if (c.truncated()) {
        transcript.note(step + ": the answer was cut off (" + c.finishReason() + "); using what was written");
      }
      fragments.append("### ").append(unit.label()).append(" (lines ").append(unit.firstLine()).append('-')
          .append(unit.lastLine()).append(")\n").append(fragment(c.text())).append("\n\n");
    }
    if (units.isEmpty()) {
      fragments.append("(the task has no source code to translate)");
    }
    return reader.ask(request, transcript, "assemble",
        prompts.translateAssemble(request.task(), request.sources(), fragments.toString().strip()));
  }

  /** The fragment in the answer's fenced blocks (all of them, joined), else the whole answer. */
  static String fragment(String answer) {
    Matcher m = FENCED.matcher(answer);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(2).strip());
    }
    String text = blocks.isEmpty() ? answer.strip() : String.join("\n\n", blocks);
    return text.isEmpty() ? "\\* (no fragment was given)" : text;
  }
}
