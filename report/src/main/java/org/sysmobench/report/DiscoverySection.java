package org.sysmobench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.model.RunId;
import org.sysmobench.model.Track;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.RunStore;

/** Computes a report's {@link DiscoveryData} from the invariants-track cells of its runs. Reads only the store. */
final class DiscoverySection {
  /** The artifact role prefix of an invariants-track cell's result ({@code discovery:<scoring version>}). */
  static final String ROLE = "discovery:";

  private DiscoverySection() {}

  /** A cell with its result under the latest scoring version not above {@code version}. */
  static DiscoveryData.Cell cell(RunStore store, RunId run, CellRecord c, int version) {
    DiscoveryResult result = null;
    for (int v = version; v >= 1 && result == null; v--) {
      String sha = c.artifacts().get(ROLE + v);
      if (sha != null) {
        result = DiscoveryResultJson.read(store.artifacts().read(sha));
      }
    }
    return new DiscoveryData.Cell(run.value(), c.key().id(), c.key().task().value(), c.key().model().value(),
        c.key().agent(), c.key().epoch(), c.status().name(), c.failure().name(), c.failureMessage(), result);
  }

  static DiscoveryData build(List<DiscoveryData.Cell> cells, List<ReportData.LeaderRow> specBoard) {
    Map<String, List<DiscoveryData.Cell>> byEntrant = new LinkedHashMap<>();
    for (DiscoveryData.Cell c : cells) {
      byEntrant.computeIfAbsent(c.model() + "\u0000" + c.agent(), k -> new ArrayList<>()).add(c);
    }
    List<DiscoveryData.Row> rows = new ArrayList<>();
    for (List<DiscoveryData.Cell> all : byEntrant.values()) {
      rows.add(row(all, specBoard));
    }
    rows.sort((a, b) -> a.missingTasks().isEmpty() != b.missingTasks().isEmpty()
        ? (a.missingTasks().isEmpty() ? -1 : 1) : Double.compare(b.score(), a.score()));
    List<DiscoveryData.Discovered> uncovered = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (DiscoveryData.Cell c : cells) {
      if (c.result() == null || !c.result().scored()) {
        continue;
      }
      for (DiscoveryResult.PropertyResult p : c.result().properties()) {
        if (p.uncovered() && seen.add(c.task() + "\u0000" + c.model() + "\u0000" + c.agent() + "\u0000"
            + p.definition().replaceAll("\\s+", " "))) {
          uncovered.add(new DiscoveryData.Discovered(c.task(), c.model(), Track.agentOf(c.agent()), c.epoch(), p.name(),
              p.kind(), p.meaning(), p.definition()));
        }
      }
    }
    return new DiscoveryData(rows, uncovered, cells);
  }

  private static DiscoveryData.Row row(List<DiscoveryData.Cell> all, List<ReportData.LeaderRow> specBoard) {
    DiscoveryData.Cell first = all.get(0);
    String agent = Track.agentOf(first.agent());
    Map<String, List<DiscoveryResult>> byTask = new LinkedHashMap<>();
    all.forEach(c -> byTask.computeIfAbsent(c.task(), k -> new ArrayList<>()));
    int notScored = 0;
    Map<String, Integer> rejected = new TreeMap<>();
    for (DiscoveryData.Cell c : all) {
      if (c.result() == null) {
        continue;
      }
      if (!c.result().scored()) {
        notScored++;
        continue;
      }
      byTask.get(c.task()).add(c.result());
      c.result().properties().stream().filter(p -> p.status() != PropertyStatus.ACCEPTED)
          .forEach(p -> rejected.merge(p.status().id(), 1, Integer::sum));
    }
    List<String> missing = byTask.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
        .toList();
    List<List<DiscoveryResult>> scored = byTask.values().stream().filter(l -> !l.isEmpty()).toList();
    Double spec = specBoard.stream().filter(r -> r.model().equals(first.model()) && r.agent().equals(agent))
        .map(ReportData.LeaderRow::overall).findFirst().orElse(null);
    return new DiscoveryData.Row(first.model(), agent, byTask.size(), scored.stream().mapToInt(List::size).sum(),
        notScored, mean(scored, DiscoveryResult::score), mean(scored, DiscoveryResult::precision),
        mean(scored, DiscoveryResult::recall), mean(scored, r -> (double) r.accepted()),
        mean(scored, r -> (double) r.properties().size()), rejected, spec, missing);
  }

  /** The mean over tasks of each task's mean. */
  private static double mean(List<List<DiscoveryResult>> byTask, java.util.function.ToDoubleFunction<DiscoveryResult> f) {
    return byTask.stream().mapToDouble(l -> l.stream().mapToDouble(f).average().orElse(0)).average().orElse(0);
  }
}
