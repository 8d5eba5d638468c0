package org.sysmobench.check.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sysmobench.tasks.DiscoverySettings;
import org.sysmobench.tasks.HiddenMutant;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Proves a task's invariants track sound, as {@code TaskChecker} proves its spec track: the reference's
 * search completes and satisfies every expert template and the contract's type invariant; each hidden
 * mutant's search completes, keeps the type invariant (so a property that follows from it can never
 * tell a mutant from the reference), and violates exactly the templates its {@code breaks} names.
 */
public final class HiddenMutantCheck {
  /** The contract's type invariant, checked like a template. */
  static final String TYPES = "ContractTypes";

  private final Sany sany;
  private final TlcWorkerPool pool;

  public HiddenMutantCheck(Sany sany, TlcWorkerPool pool) {
    this.sany = sany;
    this.pool = pool;
  }

  /**
   * One spec's verdict.
   *
   * @param expected the templates it should violate (none for the reference)
   * @param violated the templates it violates ({@value #TYPES} when it leaves the contract's shapes)
   */
  public record SpecVerdict(String name, Set<String> expected, Set<String> violated, boolean complete, String detail) {
    public boolean ok() {
      return complete && violated.equals(expected);
    }
  }

  /** Every spec's verdict, the reference first. */
  public record Report(List<SpecVerdict> specs) {
    public boolean ok() {
      return specs.stream().allMatch(SpecVerdict::ok);
    }

    public String explain() {
      return specs.stream().map(s -> (s.ok() ? "ok   " : "FAIL ") + s.name() + ": violates " + s.violated()
          + (s.expected().equals(s.violated()) ? "" : ", expected " + s.expected())
          + (s.complete() ? "" : " (incomplete: " + s.detail() + ")")).collect(Collectors.joining("\n"));
    }
  }

  public Report check(Task task, Path workRoot) {
    DiscoverySettings settings = DiscoverySettings.load(task).orElseThrow(() -> new IllegalArgumentException(
        "task " + task.id() + " has no " + DiscoverySettings.FILE));
    Path work;
    try {
      Files.createDirectories(workRoot);
      work = Files.createTempDirectory(workRoot, "hidden-mutants-" + task.id() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hidden-mutant-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<InvariantTemplate> templates = new ArrayList<>(task.invariants());
      templates.add(new InvariantTemplate(TYPES, InvariantKind.SAFETY, "the contract's shapes",
          task.contract().variables().stream().map(v -> "/\\ " + v.name() + " \\in " + v.shape())
              .collect(Collectors.joining("\n"))));
      List<Predicate> states = new ArrayList<>();
      List<Predicate> steps = new ArrayList<>();
      for (InvariantTemplate t : templates) {
        if (t.kind() == InvariantKind.SAFETY) {
          states.add(new Predicate(Predicate.TEMPLATE + t.name(), false, t.name(), Optional.empty(), Optional.of(t)));
        } else if (t.kind() == InvariantKind.ACTION) {
          steps.add(new Predicate(Predicate.TEMPLATE + t.name(), true, t.name(), BoxAction.ofBody(t.definition()),
              Optional.of(t)));
        }
      }
      ValidatedSheet empty = new ValidatedSheet(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(),
          List.of());
      Session s = new Session(task, empty, new Jobs(pool, JobHooks.freshKey(), 1), Vocabulary.names(task.contract()),
          states, steps);
      List<CompletableFuture<SpecVerdict>> verdicts = new ArrayList<>();
      AtomicInteger jobs = new AtomicInteger();
      List<HiddenMutant> all = new ArrayList<>();
      all.add(new HiddenMutant("reference", task.reference().spec(), "", List.of()));
      all.addAll(settings.hiddenMutants());
      int i = 0;
      for (HiddenMutant m : all) {
        Path folder = work.resolve("spec-" + (i++));
        try {
          Files.createDirectories(folder);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        CheckedSpec spec = CheckedSpec.prepare(m.name(), m.spec(), task, folder, sany);
        Jobs.write(folder, Session.TEMPLATES_MODULE, PropertyModule.templates(Session.TEMPLATES_MODULE,
            spec.frame(s.contractNames(), Map.of()), task.contract(), templates));
        verdicts.add(CompletableFuture.supplyAsync(() -> verdict(s, spec, m, templates, jobs), threads));
      }
      return new Report(verdicts.stream().map(CompletableFuture::join).toList());
    } finally {
      threads.shutdownNow();
      deleteTree(work);
    }
  }

  private static SpecVerdict verdict(Session s, CheckedSpec spec, HiddenMutant m, List<InvariantTemplate> templates,
      AtomicInteger jobs) {
    SpecSearch.Outcome o = SpecSearch.run(s, spec, s.task().budgets().invariants());
    Set<String> violated = new LinkedHashSet<>();
    for (int k = 0; k < s.states().size(); k++) {
      if (o.states().violated(k)) {
        violated.add(s.states().get(k).name());
      }
    }
    for (int k = 0; k < s.steps().size(); k++) {
      if (o.steps().violated(k)) {
        violated.add(s.steps().get(k).name());
      }
    }
    boolean complete = o.complete() && o.errors().isEmpty();
    String detail = o.detail() + (o.errors().isEmpty() ? "" : " errors: " + o.errors());
    for (InvariantTemplate t : templates) {
      if (t.kind() == InvariantKind.LIVENESS) {
        LivenessCheck.Outcome l = LivenessCheck.run(s, spec, t.name(), true, t.constants(),
            s.task().budgets().liveness(), jobs.incrementAndGet());
        if (l.verdict() == LivenessCheck.Verdict.VIOLATED) {
          violated.add(t.name());
        } else if (l.verdict() != LivenessCheck.Verdict.HOLDS) {
          complete = false;
          detail += " " + t.name() + ": " + l.detail();
        }
      }
    }
    return new SpecVerdict(m.name(), new LinkedHashSet<>(m.breaks()), violated, complete, detail.strip());
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover work folder is harmless
    }
  }

}
