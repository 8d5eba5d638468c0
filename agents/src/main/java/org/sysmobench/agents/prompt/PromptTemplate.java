package org.sysmobench.agents.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One prompt template.
 *
 * <p>Design note (template format, version 1). A UTF-8 text resource
 * {@code org/sysmobench/agents/prompts/<name>.txt}. Leading lines {@code #! prompt: <id>} and
 * {@code #! version: <n>} name the template; both are required and are stripped from the text. The
 * rest is sent as written, with each {@code {{name}}} replaced by a value. Filling fails when a
 * placeholder has no value or a value has no placeholder, so a template edit cannot silently drop task
 * data. Change the version whenever the text changes: the version is recorded with every exchange, and
 * the text is part of the response cache key (so a change also orphans recorded cassettes).
 *
 * @param id the template's id
 * @param version its version number
 * @param body the text after the header lines
 */
public record PromptTemplate(String id, int version, String body) {
  static final String RESOURCE_DIR = "/org/sysmobench/agents/prompts/";
  private static final Pattern HEADER = Pattern.compile("^#!\\s*(prompt|version):\\s*(\\S+)\\s*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

  public PromptTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
  }

  /** {@code id/version}, as recorded in transcripts. */
  public String versionId() {
    return id + "/" + version;
  }

  /** Loads a template shipped with this module. */
  public static PromptTemplate load(String name) {
    String resource = RESOURCE_DIR + name + ".txt";
    try (InputStream in = PromptTemplate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("prompt template " + resource + " is missing from the agents jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt template " + resource, e);
    }
  }

  static PromptTemplate parse(String text, String origin) {
    String id = null;
    Integer version = null;
    String rest = text;
    while (rest.startsWith("#!")) {
      int nl = rest.indexOf('\n');
      String line = nl < 0 ? rest : rest.substring(0, nl);
      rest = nl < 0 ? "" : rest.substring(nl + 1);
      Matcher m = HEADER.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalStateException(origin + ": bad header line '" + line + "'");
      }
      if (m.group(1).equals("prompt")) {
        id = m.group(2);
      } else {
        version = Integer.valueOf(m.group(2));
      }
    }
    if (id == null || version == null) {
      throw new IllegalStateException(origin + ": needs '#! prompt: <id>' and '#! version: <n>' header lines");
    }
    return new PromptTemplate(id, version, rest.strip() + "\n");
  }

  /** The placeholders the body uses. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(body);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The body with every placeholder replaced; values are inserted literally (never re-scanned). */
  public String fill(Map<String, String> values) {
    Set<String> used = placeholders();
    for (String name : used) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("prompt " + versionId() + ": no value for {{" + name + "}}");
      }
    }
    for (String name : values.keySet()) {
      if (!used.contains(name)) {
        throw new IllegalArgumentException("prompt " + versionId() + " has no placeholder {{" + name + "}}");
      }
    }
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1)).strip()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
