package org.sysmobench.tracer.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole instrumentation file. See {@link PlanParser} for the YAML shape.
 *
 * @param source where the plan was read from (for messages)
 * @param meta copied into the trace header's meta
 * @param node the default node expression; a class or probe may override it
 * @param threads if present, only threads whose name contains a match of this regex produce events
 *     (anchor it with {@code ^...$} for a whole-name match)
 * @param recordThread whether events carry the recording thread's name
 * @param classes the targets
 */
public record InstrumentationPlan(String source, Map<String, Object> meta, ValuePath node, Optional<Pattern> threads,
    boolean recordThread, List<ClassTarget> classes) {
  public InstrumentationPlan {
    meta = Map.copyOf(meta);
    classes = List.copyOf(classes);
  }
}
