package org.sysmobench.systems.kit.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jacoco.core.JaCoCo;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;
import org.sysmobench.systems.kit.ChildJvm;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.CodeCoverage;

/**
 * Branch coverage of the modelled code over the child JVMs of one recording, measured by JaCoCo beside
 * the tracer.
 *
 * <pre>
 * BranchCoverage coverage = BranchCoverage.prepare(modelledCode, workDir);
 * jvm.run(raw, meta, main, args, coverage.extras(workDir.resolve("0.exec")));   // per trace
 * CodeCoverage all = coverage.analyze(List.of(exec0, exec1, ...));              // for the manifest
 * </pre>
 *
 * <p>Classes of a library on the class path are measured by JaCoCo's agent, listed before the tracer's
 * agent so that JaCoCo sees (and identifies) the original class files; JDK classes, loaded before any
 * agent runs, by a module patch instrumented with JaCoCo ahead of the run ({@link JdkClassPatch}). Either
 * way the exec files are JaCoCo's, analysed against the class files this JVM has, which are the child's.
 * A class whose recorded id does not match its class file (another transformer changed it first) fails
 * the recording: a silent 0% would be a lie.
 */
public final class BranchCoverage {
  private final ModelledCode code;
  private final Optional<JdkClassPatch> patch;

  private BranchCoverage(ModelledCode code, Optional<JdkClassPatch> patch) {
    this.code = code;
    this.patch = patch;
  }

  /**
   * Prepares measuring {@code code}: JDK classes are instrumented into {@code workDir} now (a few
   * milliseconds per class).
   *
   * @throws IllegalArgumentException if the code mixes JDK and class-path classes, or names a class that
   *     exists nowhere
   */
  public static BranchCoverage prepare(ModelledCode code, Path workDir) throws IOException {
    long jdk = code.classes().stream().filter(c -> JdkClasses.moduleOf(c.name()).isPresent()).count();
    if (jdk != 0 && jdk != code.classes().size()) {
      throw new IllegalArgumentException("modelled code mixes JDK classes and class-path classes");
    }
    for (ModelledCode.ModelledClass c : code.classes()) {
      JdkClasses.bytes(c.resource()); // fails early on a misspelt class
    }
    Optional<JdkClassPatch> patch = jdk == 0 ? Optional.empty()
        : Optional.of(JdkClassPatch.write(code.classes(), Files.createDirectories(workDir.resolve("jdk-patch"))));
    return new BranchCoverage(code, patch);
  }

  /** What a child JVM needs so that its run's coverage lands in {@code execFile}. */
  public ChildJvm.Extras extras(Path execFile) {
    Path exec = execFile.toAbsolutePath();
    if (patch.isPresent()) {
      return new ChildJvm.Extras(patch.get().jvmOptions(),
          List.of(CoverageMain.class.getName(), exec.toString(), patch.get().storeClassName()));
    }
    String includes = String.join(":", code.classes().stream().map(ModelledCode.ModelledClass::name).toList());
    return new ChildJvm.Extras(List.of("-javaagent:" + JacocoAgentJar.locate() + "=destfile=" + exec
        + ",output=file,dumponexit=true,jmx=false,includes=" + includes), List.of());
  }

  /**
   * The coverage of the modelled methods by all these runs together (a branch counts when any run took it).
   *
   * @throws RecordingFailedException if an exec file is missing (the child did not write it) or a class
   *     was measured from a different class file
   */
  public CodeCoverage analyze(Collection<Path> execFiles) throws IOException {
    ExecFileLoader loader = new ExecFileLoader();
    for (Path f : execFiles) {
      if (!Files.isRegularFile(f)) {
        throw new RecordingFailedException("the child JVM wrote no coverage data (" + f.getFileName() + ")");
      }
      loader.load(f.toFile());
    }
    return analyze(loader.getExecutionDataStore());
  }

  private CodeCoverage analyze(ExecutionDataStore store) throws IOException {
    List<CodeCoverage.MethodCoverage> methods = new ArrayList<>();
    for (ModelledCode.ModelledClass c : code.classes()) {
      CoverageBuilder builder = new CoverageBuilder();
      new Analyzer(store, builder).analyzeClass(JdkClasses.bytes(c.resource()), c.name());
      for (IClassCoverage cc : builder.getClasses()) {
        if (cc.isNoMatch()) {
          throw new RecordingFailedException("coverage of " + c.name() + " was recorded for another class file than "
              + "this JVM's (did a transformer change it before JaCoCo saw it?)");
        }
        for (IMethodCoverage m : cc.getMethods()) {
          if (c.selects(m.getName(), m.getDesc())) {
            methods.add(method(c.name(), m));
          }
        }
      }
    }
    if (methods.isEmpty()) {
      throw new IllegalStateException("the modelled code selects no method");
    }
    return new CodeCoverage("jacoco " + JaCoCo.VERSION, methods);
  }

  private static CodeCoverage.MethodCoverage method(String className, IMethodCoverage m) {
    List<CodeCoverage.LineGap> gaps = new ArrayList<>();
    for (int nr = m.getFirstLine(); nr >= 0 && nr <= m.getLastLine(); nr++) {
      ICounter b = m.getLine(nr).getBranchCounter();
      if (b.getTotalCount() > 0 && b.getMissedCount() > 0) {
        gaps.add(new CodeCoverage.LineGap(nr, b.getCoveredCount(), b.getTotalCount()));
      }
    }
    return new CodeCoverage.MethodCoverage(className, m.getName(), m.getDesc(), count(m.getBranchCounter()),
        count(m.getLineCounter()), gaps);
  }

  private static CodeCoverage.Count count(ICounter c) {
    return new CodeCoverage.Count(c.getCoveredCount(), c.getTotalCount());
  }
}
