package org.sysmobench.agents.prompt;

import java.util.Objects;
import org.sysmobench.llm.ChatRequest;

/**
 * A filled prompt: the system message (the stable, long prefix: sources or traces, so that provider
 * prompt caching applies across the calls of one cell and across samples), the user message, and the
 * versions of the templates it was built from.
 *
 * @param system the system message
 * @param user the user message
 * @param version template versions joined by {@code +}, e.g. {@code basic-write/1+requirements/1+system-sources/1}
 */
public record Prompt(String system, String user, String version) {
  public Prompt {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(version, "version");
  }

  public ChatRequest toRequest(int sample) {
    return ChatRequest.of(system, user, sample);
  }

  @Override
  public String toString() {
    return "Prompt[" + version + ", system " + system.length() + " chars, user " + user.length() + " chars]";
  }
}
