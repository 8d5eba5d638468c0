package org.sysmobench.tla.tlc;

import java.util.ArrayList;
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

  /** Splits TLC's text. Tolerates truncation: an unterminated message still counts. */
  public static ToolOutput parse(String text) {
    List<ToolMessage> out = new ArrayList<>();
    StringBuilder unframed = new StringBuilder();
    StringBuilder body = null;
    int code = 0;
    int severity = 0;
    for (String line : text.split("\r?\n", -1)) {
      Matcher s = START.matcher(line);
      if (s.matches()) {
        if (body != null) {
          out.add(new ToolMessage(code, severity, trimBody(body)));
        }
        code = Integer.parseInt(s.group(1));
        severity = Integer.parseInt(s.group(2));
        body = new StringBuilder();
        continue;
      }
      if (body != null && END.matcher(line).matches()) {
        out.add(new ToolMessage(code, severity, trimBody(body)));
        body = null;
        continue;
      }
      if (body != null) {
        body.append(line).append('\n');
      } else {
        unframed.append(line).append('\n');
      }
    }
    if (body != null) {
      out.add(new ToolMessage(code, severity, trimBody(body)));
    }
    return new ToolOutput(out, unframed.toString().strip());
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
