package org.sysmobench.tla.tlc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLC's {@code -tool} output split into framed messages and the unframed text between them.
 *
 * <p>Format (TLC 2.18): {@code @!@!@STARTMSG <code>:<class> @!@!@}, body lines, {@code @!@!@ENDMSG
 * <code> @!@!@}. SANY's output, including its parse and semantic errors, is not framed: it is printed
 * between message 2220 ("Starting SANY...") and 2219 ("SANY finished."), and lands in {@link
 * #unframed()}; so does whatever the spec prints with {@code Print}.
 */
public record ToolOutput(List<ToolMessage> messages, String unframed) {
  private static final Pattern START = Pattern.compile("^@!@!@STARTMSG (-?\\d+):(\\d+) @!@!@$");
  private static final Pattern END = Pattern.compile("^@!@!@ENDMSG (-?\\d+) @!@!@$");

  public ToolOutput {
    messages = List.copyOf(messages);
  }

  /**
   * Splits TLC's text. Messages may nest: TLC frames an error raised while it evaluates (e.g. in Init, or
   * in one of our Java operators) as a general error 1000 whose body is the framed message that says
   * what went wrong; the nested text belongs to both. Messages are listed in the order they start.
   * Tolerates truncation: an unterminated message still counts.
   */
  public static ToolOutput parse(String text) {
    List<OpenMessage> started = new ArrayList<>();
    Deque<OpenMessage> open = new ArrayDeque<>();
    StringBuilder unframed = new StringBuilder();
    for (String line : text.split("\r?\n", -1)) {
      Matcher s = START.matcher(line);
      if (s.matches()) {
        OpenMessage m = new OpenMessage(Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)));
        started.add(m);
        open.push(m);
        continue;
      }
      if (!open.isEmpty() && END.matcher(line).matches()) {
        open.pop();
        continue;
      }
      if (open.isEmpty()) {
        unframed.append(line).append('\n');
      } else {
        open.forEach(m -> m.body.append(line).append('\n'));
      }
    }
    List<ToolMessage> out = started.stream().map(m -> new ToolMessage(m.code, m.severity, trimBody(m.body))).toList();
    return new ToolOutput(out, unframed.toString().strip());
  }

  private static final class OpenMessage {
    final int code;
    final int severity;
    final StringBuilder body = new StringBuilder();

    OpenMessage(int code, int severity) {
      this.code = code;
      this.severity = severity;
    }
  }

  private static String trimBody(StringBuilder b) {
    return b.toString().stripTrailing();
  }

  public Optional<ToolMessage> first(int code) {
    return messages.stream().filter(m -> m.code() == code).findFirst();
  }

  public Optional<ToolMessage> last(int code) {
    ToolMessage found = null;
    for (ToolMessage m : messages) {
      if (m.code() == code) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  public boolean has(int code) {
    return first(code).isPresent();
  }

  public List<ToolMessage> all(int code) {
    return messages.stream().filter(m -> m.code() == code).toList();
  }
}
