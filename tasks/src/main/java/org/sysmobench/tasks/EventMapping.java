package org.sysmobench.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which trace event is explained by which contract action, and which event field gives each of the
 * action's parameters ({@code param -> field}; a field is looked up in the event's {@code args}).
 */
public record EventMapping(String event, String action, Map<String, String> args) {
  public EventMapping {
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }
}
