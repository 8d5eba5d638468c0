---- MODULE ReentrantLock ----
\* Hidden mutant (invariants track, never shown to agents): tryLock does not check whether another thread holds the lock.
\* Reference model of java.util.concurrent.locks.ReentrantLock (JDK 17) as its traced events show it:
\* re-entrant ownership counted per thread, tryLock that never waits, and waiting threads that park
\* until a thread that has fully released the lock unparks them (LockSupport permits included).
EXTENDS Naturals
CONSTANTS Threads, MaxHolds
VARIABLES holds, blocked, permit
vars == <<holds, blocked, permit>>

\* No other thread holds the lock (so t may take it or re-enter it).
FreeFor(t) == \A u \in Threads \ {t} : holds[u] = 0
Running(t) == t \notin blocked

Init ==
  /\ holds = [t \in Threads |-> 0]
  /\ blocked = {}
  /\ permit = [t \in Threads |-> FALSE]

Take(t) ==
  /\ Running(t)
  /\ FreeFor(t)
  /\ holds[t] < MaxHolds
  /\ holds' = [holds EXCEPT ![t] = @ + 1]
  /\ UNCHANGED <<blocked, permit>>

Lock(t) == Take(t)

TryLock(t) ==
  /\ Running(t)
  /\ holds[t] < MaxHolds
  /\ holds' = [holds EXCEPT ![t] = @ + 1]
  /\ UNCHANGED <<blocked, permit>>

TryLockFail(t) ==
  /\ Running(t)
  /\ ~FreeFor(t)
  /\ UNCHANGED vars

Unlock(t) ==
  /\ Running(t)
  /\ holds[t] > 0
  /\ holds' = [holds EXCEPT ![t] = @ - 1]
  /\ UNCHANGED <<blocked, permit>>

\* A thread waiting for the lock parks: it consumes a pending permit and keeps running, or blocks.
\* It blocks only while another thread runs, which will eventually wake it.
Park(t) ==
  /\ Running(t)
  /\ holds[t] = 0
  /\ \/ /\ permit[t]
        /\ permit' = [permit EXCEPT ![t] = FALSE]
        /\ UNCHANGED blocked
     \/ /\ ~permit[t]
        /\ \E o \in Threads \ {t} : Running(o)
        /\ blocked' = blocked \cup {t}
        /\ UNCHANGED permit
  /\ UNCHANGED holds

\* A thread that has fully released the lock wakes u; if u is not parked yet, u keeps a permit.
Unpark(t, u) ==
  /\ t # u
  /\ Running(t)
  /\ holds[t] = 0
  /\ IF u \in blocked
       THEN blocked' = blocked \ {u} /\ UNCHANGED permit
       ELSE permit' = [permit EXCEPT ![u] = TRUE] /\ UNCHANGED blocked
  /\ UNCHANGED holds

Next ==
  \E t \in Threads :
    \/ Lock(t) \/ TryLock(t) \/ TryLockFail(t) \/ Unlock(t) \/ Park(t)
    \/ \E u \in Threads : Unpark(t, u)

\* A releasing thread wakes a parked one whenever it can, infinitely often enabled or not.
Spec == Init /\ [][Next]_vars /\ \A u \in Threads : SF_vars(\E t \in Threads : Unpark(t, u))
====
