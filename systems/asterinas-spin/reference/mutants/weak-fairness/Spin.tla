---- MODULE Spin ----
\* Reference model of the Asterinas OSTD spin lock: a test-and-set flag taken by compare-and-swap.
\* lock() spins until its CAS succeeds; try_lock() tries the CAS once; dropping the guard releases.
EXTENDS Naturals
CONSTANTS Threads
VARIABLES held, spinning
vars == <<held, spinning>>

Free == \A u \in Threads : ~held[u]
Idle(t) == ~held[t] /\ t \notin spinning

Init == held = [t \in Threads |-> FALSE] /\ spinning = {}

\* lock() is called: the thread starts spinning on the flag.
Request(t) == Idle(t) /\ spinning' = spinning \cup {t} /\ UNCHANGED held

\* A spinning thread's compare-and-swap succeeds.
Acquire(t) ==
  /\ t \in spinning /\ Free
  /\ held' = [held EXCEPT ![t] = TRUE]
  /\ spinning' = spinning \ {t}

TryLock(t) == Idle(t) /\ Free /\ held' = [held EXCEPT ![t] = TRUE] /\ UNCHANGED spinning

TryLockFail(t) == Idle(t) /\ ~Free /\ UNCHANGED vars

\* The guard is dropped: the flag is cleared.
Unlock(t) == held[t] /\ held' = [held EXCEPT ![t] = FALSE] /\ UNCHANGED spinning

Next == \E t \in Threads : Request(t) \/ Acquire(t) \/ TryLock(t) \/ TryLockFail(t) \/ Unlock(t)

Spec == Init /\ [][Next]_vars /\ \A t \in Threads : WF_vars(Acquire(t)) /\ WF_vars(Unlock(t))
====
