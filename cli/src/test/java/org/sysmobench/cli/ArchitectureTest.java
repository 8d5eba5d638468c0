package org.sysmobench.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency directions of DESIGN.md, checked on the compiled classes of every module:
 * the LLM side never knows how specs are judged, checkers never call an LLM, reports read only the
 * store, the TLA+ engine knows nothing of scoring, and nothing depends on the CLI.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sysmobench");
  }

  /** A rule whose "that" matches no class would pass vacuously: every rule must be about some classes. */
  private static void check(ArchRule rule) {
    rule.allowEmptyShould(false).check(classes);
  }

  @Test
  void theLlmSideNeverKnowsHowSpecsAreJudged() {
    check(noClasses().that().resideInAnyPackage("org.sysmobench.llm..", "org.sysmobench.agents..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.check..", "org.sysmobench.tla.tlc..",
            "org.sysmobench.tla.sany..", "org.sysmobench.tla.bridge..", "org.sysmobench.runs..", "org.sysmobench.store.."));
    check(noClasses().that().resideInAPackage("org.sysmobench.llm..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.tla..", "org.sysmobench.tasks.."));
  }

  @Test
  void phasesPlanAndJudgeButOnlyTheEvaluatorRunsTlc() {
    check(noClasses().that().resideInAnyPackage("org.sysmobench.check.runtime..", "org.sysmobench.check.conformance..",
            "org.sysmobench.check.invariants..", "org.sysmobench.check.syntax..", "org.sysmobench.check.model..")
        .should().dependOnClassesThat().haveSimpleNameStartingWith("TlcWorkerPool")
        .orShould().dependOnClassesThat().haveSimpleName("JobRunner")
        .orShould().dependOnClassesThat().haveSimpleName("TlcJob"));
  }

  @Test
  void checkersNeverCallAnLlm() {
    check(noClasses().that().resideInAPackage("org.sysmobench.check..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.llm..", "org.sysmobench.agents.."));
  }

  @Test
  void reportsReadOnlyTheStore() {
    check(noClasses().that().resideInAPackage("org.sysmobench.report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.runs..", "org.sysmobench.agents..",
            "org.sysmobench.llm..", "org.sysmobench.tla..", "org.sysmobench.cli..", "org.sysmobench.check.."));
  }

  @Test
  void theStoreKeepsResultsWithoutKnowingHowTheyAreMade() {
    check(noClasses().that().resideInAPackage("org.sysmobench.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.check..", "org.sysmobench.tla..",
            "org.sysmobench.runs..", "org.sysmobench.agents..", "org.sysmobench.llm..", "org.sysmobench.report.."));
  }

  @Test
  void theTlaEngineReportsWhatTheToolSaidNotWhatItMeansForAScore() {
    check(noClasses().that().resideInAPackage("org.sysmobench.tla..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.check..", "org.sysmobench.tasks..",
            "org.sysmobench.llm..", "org.sysmobench.agents..", "org.sysmobench.runs.."));
  }

  @Test
  void traceAndModelAreLeaves() {
    check(noClasses().that().resideInAPackage("org.sysmobench.trace..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.sysmobench.trace..", "java.."));
    check(noClasses().that().resideInAPackage("org.sysmobench.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.sysmobench.model..", "java..",
            "com.fasterxml.jackson.."));
    check(noClasses().that().resideInAPackage("org.sysmobench.tracer..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sysmobench.tla..", "org.sysmobench.check..",
            "org.sysmobench.tasks..", "org.sysmobench.llm.."));
  }

  @Test
  void theHarnessKitKnowsNoSystemAndNothingOfJudging() {
    // JaCoCo (and ASM, to patch JDK classes for it) measures each recording's branch coverage (kit.coverage):
    // tools of the harness, not of judging
    check(noClasses().that().resideInAPackage("org.sysmobench.systems.kit..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.sysmobench.systems.kit..", "org.sysmobench.trace..",
            "org.jacoco..", "org.objectweb.asm..", "java.."));
  }

  @Test
  void nothingDependsOnTheCli() {
    check(noClasses().that().resideOutsideOfPackage("org.sysmobench.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.sysmobench.cli.."));
  }

  /**
   * Commands print through picocli's writers ({@code spec.commandLine().getOut()/getErr()}), so a test or an
   * embedding program captures all of it; only {@link Main} touches the process's streams.
   */
  static final ArchRule COMMANDS_PRINT_THROUGH_PICOCLI = noClasses().that().resideInAPackage("org.sysmobench.cli..")
      .and().doNotHaveFullyQualifiedName(Main.class.getName())
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("a command prints through picocli's writers, which tests and callers can redirect")
      .allowEmptyShould(false);

  @Test
  void commandsPrintThroughPicoclisWriters() {
    COMMANDS_PRINT_THROUGH_PICOCLI.check(classes);
  }

  @Test
  void thePrintingRuleCatchesACommandThatPrintsToTheProcessStreams() {
    JavaClasses offender = new ClassFileImporter().importClasses(StreamPrintingCommand.class);
    assertThat(COMMANDS_PRINT_THROUGH_PICOCLI.evaluate(offender).hasViolation()).isTrue();
    assertThat(COMMANDS_PRINT_THROUGH_PICOCLI.evaluate(offender).getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("System.out"))
        .anySatisfy(line -> assertThat(line).contains("System.err"));
  }

  /** What the printing rule forbids (a test class: the rule is checked against it alone). */
  static final class StreamPrintingCommand {
    void call() {
      System.out.println("out");
      System.err.println("err");
    }
  }

  /** A process entry point (a class with {@code public static void main(String[])}): the CLI, a worker, a driver. */
  static final DescribedPredicate<JavaClass> PROCESS_ENTRY_POINT = new DescribedPredicate<>("a process entry point") {
    @Override
    public boolean test(JavaClass c) {
      return c.getMethods().stream().anyMatch(m -> m.getName().equals("main") && m.getModifiers().contains(
          com.tngtech.archunit.core.domain.JavaModifier.STATIC) && m.getRawParameterTypes().size() == 1
          && m.getRawParameterTypes().get(0).getName().equals("[Ljava.lang.String;"));
    }
  };

  @Test
  void onlyProcessEntryPointsExitTheJvm() {
    check(noClasses().that().resideInAPackage("org.sysmobench..")
        .and(DescribedPredicate.not(PROCESS_ENTRY_POINT))
        .should().callMethod(System.class, "exit", int.class));
  }
}
