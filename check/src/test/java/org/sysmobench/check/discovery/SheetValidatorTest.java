package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

/** What SANY and the sheet's rules let through, on the toy lock's vocabulary (SANY only, no TLC). */
@Tag("tlc")
class SheetValidatorTest {
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Task task = TaskLoader.load(Path.of("src/test/resources/tasks/toy-lock"));

  static ValidatedSheet validate(String text) {
    return new SheetValidator(kit.engine().sany()).validate(PropertySheet.read(text), task.contract(),
        kit.newFolder("sheet"), 3);
  }

  @Test
  void oneBadPropertyDoesNotTakeTheOthersDown() {
    ValidatedSheet v = validate("""
        \\* property safety: fine
        Fine == \\A t \\in Threads : holds[t] => t \\notin waiting
        \\* property safety: a typo
        Typo == \\A t \\in Threads : holds[t] = = TRUE
        \\* property safety: a prime, so not a state predicate
        Primed == holds' = holds
        \\* property safety: uses an action, so not a state predicate
        UsesAction == \\E t \\in Threads : Acquire(t)
        """);
    assertThat(v.candidates()).extracting(Candidate::name).containsExactly("Fine");
    assertThat(v.rejected().get("Typo")).startsWith("line 4:");
    assertThat(v.rejected().get("Primed")).startsWith("not a state predicate");
    assertThat(v.overLimit()).containsExactly("UsesAction");
  }

  @Test
  void aPropertyUsingAnIllFormedHelperSaysSo() {
    ValidatedSheet v = validate("""
        Broken(t) == holds[t] ==> TRUE
        \\* property safety: uses the broken helper
        UsesBroken == \\A t \\in Threads : Broken(t)
        """);
    assertThat(v.candidates()).isEmpty();
    assertThat(v.rejected().get("UsesBroken")).isEqualTo(v.rejected().get("UsesBroken"))
        .contains("Broken");
    assertThat(v.problems()).anyMatch(p -> p.startsWith("helper Broken ignored"));
  }

  @Test
  void onlyTheContractVocabularyAndAllowedModulesAreInScope() {
    ValidatedSheet v = validate("""
        EXTENDS ToyLock, Randomization, Functions
        \\* property safety: the reference's own definition
        UsesVars == vars = vars
        \\* property safety: a library operator
        UsesRange == Range(holds) \\subseteq BOOLEAN
        \\* property safety: a forbidden operator
        Peeks == TLCGet("distinct") > 0
        """);
    assertThat(v.rejected().get("UsesVars")).contains("Unknown operator");
    assertThat(v.candidates()).extracting(Candidate::name).containsExactly("UsesRange");
    assertThat(v.rejected().get("Peeks")).contains("'TLCGet'");
    assertThat(v.modules()).containsExactly("Functions");
    assertThat(v.problems()).anyMatch(p -> p.startsWith("EXTENDS ToyLock ignored"))
        .anyMatch(p -> p.startsWith("EXTENDS Randomization ignored"));
  }

  @Test
  void instancesIoOperatorsAndModulesBeyondTheStandardOnesAreRefused() {
    ValidatedSheet v = validate("""
        EXTENDS IOUtils, Json, ToyLock, Functions
        \\* property safety: a real one beside them (the validator checks three properties here)
        Ok == \\A t \\in waiting : ~holds[t]
        \\* property safety: the reference's definitions through an instance
        Ref == INSTANCE ToyLock
        \\* property safety: runs a program
        Shell == IOExec(<<"true">>).exitValue = 0 /\\ IOEnv.HOME # ""
        """);
    assertThat(v.rejected().get("Ref")).contains("'INSTANCE'");
    assertThat(v.rejected().get("Shell")).contains("'IOExec'");
    assertThat(v.candidates()).extracting(Candidate::name).containsExactly("Ok");
    assertThat(v.modules()).containsExactly("Functions");
    assertThat(v.problems()).anyMatch(p -> p.startsWith("EXTENDS IOUtils ignored"))
        .anyMatch(p -> p.startsWith("EXTENDS Json ignored")).anyMatch(p -> p.startsWith("EXTENDS ToyLock ignored"));
  }

  @Test
  void eachKindHasItsForm() {
    ValidatedSheet v = validate("""
        \\* property action: not a box action
        NotBox == holds' = holds
        \\* property liveness: not temporal
        NotTemporal == waiting = {}
        \\* property safety:
        NoMeaning == TRUE
        """);
    assertThat(v.candidates()).isEmpty();
    assertThat(v.rejected().get("NotBox")).contains("[][A]_v");
    assertThat(v.rejected().get("NotTemporal")).contains("temporal formula");
    assertThat(v.rejected().get("NoMeaning")).contains("meaning");
  }

  @Test
  void candidatesKnowTheVariablesTheyMentionThroughHelpers() {
    ValidatedSheet v = validate("""
        Waits(t) == t \\in waiting
        \\* property safety: waiters do not hold
        W == \\A t \\in Threads : Waits(t) => ~holds[t]
        \\* property safety: about the constants only
        C == Threads # {}
        """);
    assertThat(v.candidates()).extracting(Candidate::name).containsExactly("W", "C");
    assertThat(v.candidates().get(0).variables()).containsExactlyInAnyOrder("holds", "waiting");
    assertThat(v.candidates().get(1).variables()).isEmpty();
  }
}
