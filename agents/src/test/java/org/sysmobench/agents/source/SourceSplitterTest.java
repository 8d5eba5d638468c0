package org.sysmobench.agents.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSplitterTest {
  final SourceSplitter splitter = new SourceSplitter();

  List<String> names(String file, String text) {
    return splitter.split(file, text).stream().map(SourceUnit::name).toList();
  }

  @Test
  void javaMethodsQualifiedByClass_ignoringBracesInStringsCommentsAndLambdas() {
    String java = """
        package p;
        /** Braces in comments { are ignored. */
        public final class Peer {
          private final Runnable r = () -> { System.out.println("}"); };
          private static final char OPEN = '{';
          @Override
          public synchronized String toString() { return "Peer{" + id + "}"; }
          // a } in a comment
          void lookForLeader(int round) throws InterruptedException {
            while (true) { if (round > 0) { new Thread(() -> { }).start(); } }
          }
          static final class Notification {
            Notification(long leader) { this.leader = leader; }
          }
          record Vote(long id, long zxid) {
            Vote { if (id < 0) throw new IllegalArgumentException(); }
            long epoch() { return zxid >>> 32; }
          }
          void lookForLeader(String s) { String t = \"""
              text block with { brace
              \"""; }
        }
        """;
    assertThat(names("Peer.java", java)).containsExactly("Peer.toString", "Peer.lookForLeader",
        "Peer.Notification.Notification", "Peer.Vote.epoch", "Peer.lookForLeader#2");
    SourceUnit first = splitter.split("Peer.java", java).get(1);
    assertThat(first.firstLine()).isEqualTo(8);
    assertThat(first.lastLine()).isEqualTo(11);
    assertThat(first.text()).startsWith("// a } in a comment").endsWith("}");
  }

  @Test
  void goFunctionsAndMethodsNamedByReceiver() {
    String go = """
        package raft

        import (
        	"fmt"
        )

        type raft struct {
        	id uint64
        }

        func (r *raft) Step(m pb.Message) error {
        	switch m.Type { case 1: fmt.Println(`raw { string`) }
        	return nil
        }

        func newRaft(c *Config) *raft {
        	return &raft{id: c.ID}
        }
        """;
    assertThat(names("raft.go", go)).containsExactly("raft.Step", "newRaft");
  }

  @Test
  void rustImplBlocksAndLifetimes() {
    String rust = """
        pub struct Mutex<T: ?Sized> { lock: AtomicBool, data: UnsafeCell<T> }
        impl<T: ?Sized> Mutex<T> {
            pub fn lock(&self) -> MutexGuard<'_, T> {
                while self.lock.compare_exchange_weak(false, true).is_err() { let c = '{'; }
                MutexGuard { lock: &self.lock, data: unsafe { &mut *self.data.get() } }
            }
        }
        impl<'a, T: ?Sized> Drop for MutexGuard<'a, T> {
            fn drop(&mut self) { self.lock.store(false, Ordering::Release); }
        }
        const S: &str = r#"a { raw"#;
        """;
    assertThat(names("mutex.rs", rust)).containsExactly("Mutex.lock", "MutexGuard.drop");
  }

  @Test
  void cFunctionsWithPreprocessorAndInitializers() {
    String c = """
        #include <stdio.h>
        #define MAX 3
        static int table[] = { 1, 2, 3 };
        struct node { int id; };
        static int pick(struct node *n, int k)
        {
            if (k > MAX) { return -1; }
            return n->id;
        }
        int main(void) { return pick(0, 1); }
        """;
    assertThat(names("main.c", c)).containsExactly("pick", "main");
  }

  @Test
  void fileWithoutFunctionsIsOneUnit() {
    assertThat(splitter.split("notes.py", "def f():\n  return 1\n"))
        .singleElement().satisfies(u -> {
          assertThat(u.name()).isEqualTo("notes.py");
          assertThat(u.lastLine()).isEqualTo(3);
        });
  }

  @Test
  void selectionIsSeededAndKeepsSourceOrder() {
    List<SourceUnit> units = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> new SourceUnit("F.java", "m" + i, i, i, "")).toList();
    UnitSelection a = UnitSelection.of(units, 4, 42);
    assertThat(a).isEqualTo(UnitSelection.of(units, 4, 42));
    assertThat(a.chosen()).hasSize(4).isSortedAccordingTo((x, y) -> Integer.compare(x.firstLine(), y.firstLine()));
    assertThat(a.dropped()).hasSize(6);
    assertThat(UnitSelection.of(units, 4, 43).chosen()).isNotEqualTo(a.chosen());
    assertThat(UnitSelection.of(units, 10, 1).dropped()).isEmpty();
  }
}
