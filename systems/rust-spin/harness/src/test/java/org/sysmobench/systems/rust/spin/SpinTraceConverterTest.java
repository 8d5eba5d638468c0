package org.sysmobench.systems.rust.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;

/** The converter keeps hand-overs in the driver's order, places failed attempts honestly, and refuses the rest. */
class SpinTraceConverterTest {

  static DriverLog log(String... events) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("# rust-spin-driver seed=1 threads=2 ops=2");
    lines.addAll(List.of(events));
    lines.add("# counter=2 increments=2");
    return DriverLog.parse(lines);
  }

  static List<String> actions(List<ContractEvent> events) {
    return events.stream().map(e -> e.node() + ":" + e.action()).toList();
  }

  @Test
  void aSpinningWaiterAndAFailedAttemptBecomeContractEvents() {
    List<ContractEvent> out = new SpinTraceConverter().convert(log(
        "1 t1 LockCalled", "2 t1 Locked", "3 t2 LockCalled", "4 t1 Unlocking", "5 t2 Locked", "6 t2 Unlocking"));
    assertThat(actions(out)).containsExactly("t1:BeginLock", "t1:Lock", "t2:BeginLock", "t1:Unlock", "t2:Lock",
        "t2:Unlock");
    assertThat(RustSpinRecorder.spunWaits(out)).isEqualTo(1);
  }

  @Test
  void aFailedAttemptIsPlacedWhereTheLogShowsTheLockHeld() {
    // t2's attempt starts (seq 1) before t1's acquisition is numbered (seq 3): the failure goes after seq 3.
    List<ContractEvent> out = new SpinTraceConverter().convert(log(
        "1 t2 TryLockCalled", "2 t1 LockCalled", "3 t1 Locked", "4 t2 TryLockFailed", "5 t1 Unlocking",
        "6 t2 LockCalled", "7 t2 Locked", "8 t2 Unlocking"));
    assertThat(actions(out)).containsExactly("t1:BeginLock", "t1:Lock", "t2:TryLockFail", "t1:Unlock", "t2:BeginLock",
        "t2:Lock", "t2:Unlock");
    assertThat(out.get(1).state()).containsEntry("held", true).containsEntry("spinning", false);
    assertThat(out.get(4).state()).containsEntry("held", false).containsEntry("spinning", true);
  }

  @Test
  void aFailureWhoseWindowShowsTheLockFreeIsRefused() {
    assertThatThrownBy(() -> new SpinTraceConverter().convert(log(
        "1 t2 TryLockCalled", "2 t2 TryLockFailed", "3 t1 LockCalled", "4 t1 Locked", "5 t1 Unlocking",
        "6 t2 LockCalled", "7 t2 Locked", "8 t2 Unlocking")))
        .isInstanceOf(RecordingFailedException.class).hasMessageContaining("fits nowhere");
  }

  @Test
  void twoHoldersAtOnceAreAnError() {
    assertThatThrownBy(() -> new SpinTraceConverter().convert(log(
        "1 t1 LockCalled", "2 t1 Locked", "3 t2 LockCalled", "4 t2 Locked")))
        .isInstanceOf(RecordingFailedException.class).hasMessageContaining("while t1 holds the lock");
  }

  @Test
  void lostIncrementsAreAnError() {
    DriverLog lost = DriverLog.parse(List.of("# rust-spin-driver seed=1 threads=2 ops=1", "# counter=1 increments=2"));
    assertThatThrownBy(() -> new SpinTraceConverter().convert(lost)).hasMessageContaining("lost increments");
  }
}
