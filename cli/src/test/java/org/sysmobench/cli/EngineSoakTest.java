package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/**
 * Soak: many evaluations of good, bad and hostile specs back to back through one engine, then nothing
 * may be left over: no worker process, no thread of ours, no temp folder, no file handle, and the heap
 * back near where it started. Every verdict must also be the same each time its spec comes round.
 *
 * <p>The count comes from {@code -Dsoak.evaluations=N} (Maven property; the build passes it to the
 * test JVM): small by default so CI runs it, {@code -Dsoak.evaluations=200} for the real soak.
 */
@Tag("soak")
@Tag("tlc")
class EngineSoakTest {
  static final Path TOY = Path.of("../check/src/test/resources/tasks/toy-lock").toAbsolutePath().normalize();
  /** File handles and heap that may legitimately differ between two quiet moments of the JVM. */
  static final int FD_SLACK = 8;
  static final long HEAP_SLACK_BYTES = 48L << 20;

  @TempDir Path work;

  @Test
  void manyEvaluationsThroughOneEngineLeaveNothingBehind() throws Exception {
    int count = Integer.getInteger("sysmobench.soak.evaluations", 16);
    Task task = TaskLoader.load(TOY);
    String cfg = Files.readString(TOY.resolve("reference/ToyLock.cfg"));
    Map<String, String> specs = specs();
    TlaTools tools = TlaTools.resolve(Optional.empty());
    TlcPoolConfig pool = TlcPoolConfig.defaults().withWorkers(2).withHeap("512m").withWorkDir(work.resolve("pool"));

    // Warm up once (class loading, JIT, jar handles, JDK thread pools), then take the baseline.
    try (EvalEngine engine = EvalEngine.open(tools, pool)) {
      engine.evaluator().evaluate(task, new SpecSubmission(specs.get("reference"), "reference", cfg,
          SpecSubmission.CfgOrigin.GIVEN), EvalOptions.all(Files.createDirectories(work.resolve("warm"))));
    }
    Snapshot before = Snapshot.take();

    Map<String, String> firstVerdicts = new HashMap<>();
    List<String> names = new ArrayList<>(specs.keySet());
    Path workRoot = Files.createDirectories(work.resolve("evals"));
    try (EvalEngine engine = EvalEngine.open(tools, pool)) {
      for (int i = 0; i < count; i++) {
        String name = names.get(i % names.size());
        EvalResult r = engine.evaluator().evaluate(task, new SpecSubmission(specs.get(name), name + ".tla", cfg,
            SpecSubmission.CfgOrigin.GIVEN), EvalOptions.all(workRoot));
        String verdict = r.phases().stream().map(p -> p.phase().id() + "=" + p.verdict() + ":" + p.score())
            .collect(Collectors.joining(" "));
        assertThat(r.phases()).as(name + " #" + i).noneMatch(p -> p.verdict() == org.sysmobench.model.Verdict.HARNESS_ERROR);
        if (!firstVerdicts.containsKey(name)) {
          System.out.println(name + ": " + verdict); // the report file shows what each attack earned
        }
        assertThat(verdict).as(name + " #" + i + " is judged as its first time").isEqualTo(
            firstVerdicts.computeIfAbsent(name, k -> verdict));
      }
      assertThat(firstVerdicts.get("reference")).doesNotContain("FAIL", "INCOMPLETE");
    }

    Snapshot after = Snapshot.take();
    System.out.println(count + " evaluations; before: " + before.summary() + "; after: " + after.summary());
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).as("processes").isEmpty();
    assertThat(after.threads()).as("threads started and not ended").isSubsetOf(before.threads());
    assertThat(after.ownTempFolders()).as("temp folders of this process").isSubsetOf(before.ownTempFolders());
    assertThat(entries(work.resolve("pool"))).as("pool folders").isEmpty();
    assertThat(entries(workRoot)).as("evaluation work folders").isEmpty();
    assertThat(after.openFiles()).as("open file handles (before: " + before.openFiles() + ")")
        .isLessThanOrEqualTo(before.openFiles() + FD_SLACK);
    assertThat(after.heapUsed()).as("heap after GC (before: " + before.heapUsed() + ")")
        .isLessThanOrEqualTo(before.heapUsed() + HEAP_SLACK_BYTES);
  }

  /** Good, bad and hostile submissions, all named ToyLock except where the name is the attack. */
  private static Map<String, String> specs() throws IOException {
    String reference = Files.readString(TOY.resolve("reference/ToyLock.tla"));
    Map<String, String> specs = new LinkedHashMap<>();
    specs.put("reference", reference);
    try (Stream<Path> mutants = Files.list(TOY.resolve("reference/mutants"))) {
      for (Path m : mutants.sorted().toList()) {
        specs.put("mutant-" + m.getFileName(), Files.readString(m.resolve("ToyLock.tla")));
      }
    }
    String init = "Init == holds = [t \\in Threads |-> FALSE] /\\ waiting = {}";
    specs.put("fenced", "Here is the spec:\n```tla\n" + reference + "```\n");
    specs.put("garbage", garbage(new Random(12)));
    specs.put("empty", "");
    specs.put("wrong-module-name", reference.replace("MODULE ToyLock", "MODULE Other"));
    specs.put("unbounded-recursion", reference.replace(init, "RECURSIVE Down(_)\nDown(n) == Down(n + 1)\n"
        + init + " /\\ Down(0) = 0"));
    specs.put("reads-a-system-file", reference.replace("EXTENDS Naturals", "EXTENDS Naturals, Sequences, TraceReader")
        .replace(init, init + " /\\ Len(NdJsonLines(\"/etc/passwd\")) > 0"));
    specs.put("power-set-overflow", reference.replace(init, init + " /\\ SUBSET SUBSET (1..40) # {}"));
    specs.put("state-explosion", reference.replace("VARIABLES holds, waiting", "VARIABLES holds, waiting, n")
        .replace("vars == <<holds, waiting>>", "vars == <<holds, waiting, n>>").replace(init, init + " /\\ n = 0")
        .replace("Next == ", "Lock == ").replace("Spec == ", "Next == (Lock /\\ UNCHANGED n) \\/ (n' = n + 1 /\\ "
            + "UNCHANGED <<holds, waiting>>)\n\nSpec == "));
    return specs;
  }

  private static String garbage(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      sb.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0x2FFF) : 32 + random.nextInt(95));
    }
    return sb.toString();
  }

  private static List<String> entries(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** What the JVM holds at one quiet moment. */
  record Snapshot(Set<String> threads, Set<String> ownTempFolders, int openFiles, long heapUsed) {
    /** JDK pools that start on demand and linger idle for a while by design. */
    static final List<String> JDK_LINGERING = List.of("process reaper", "ForkJoinPool", "Common-Cleaner",
        "Attach Listener", "JFR", "Notification Thread");

    String summary() {
      return threads.size() + " threads, " + ownTempFolders.size() + " temp folders, " + openFiles + " open files, "
          + (heapUsed >> 20) + " MB heap used";
    }

    static Snapshot take() throws Exception {
      long heap = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        System.gc();
        Thread.sleep(100);
        heap = Math.min(heap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      }
      Set<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
          .map(t -> t.getName() + "#" + t.getId())
          .filter(n -> JDK_LINGERING.stream().noneMatch(n::startsWith)).collect(Collectors.toSet());
      String own = "-p" + ProcessHandle.current().pid() + "-";
      Set<String> folders = entries(Path.of(System.getProperty("java.io.tmpdir"))).stream()
          .filter(n -> n.startsWith("sysmobench") && n.contains(own)).collect(Collectors.toSet());
      int fds;
      try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
        fds = (int) s.count();
      }
      return new Snapshot(threads, folders, fds, heap);
    }
  }
}
