---- MODULE SpinMutex ----
\* Hidden mutant (invariants track, never shown to agents): try_lock takes the lock without checking the word.
\* Reference model of spin::Mutex (spin 0.9.5, the SpinMutex behind it) as its traced events show it:
\* one boolean lock word taken by compare-and-swap, lock() that spins until its swap succeeds,
\* try_lock() that makes one attempt and returns, and unlock that clears the word. No queue, no order.
EXTENDS Naturals
CONSTANTS Threads
VARIABLES held, spinning
vars == <<held, spinning>>

\* The lock word: set iff some thread holds the lock.
Locked == \E u \in Threads : held[u]
Idle(t) == ~held[t] /\ ~spinning[t]

Init ==
  /\ held = [t \in Threads |-> FALSE]
  /\ spinning = [t \in Threads |-> FALSE]

\* lock() is entered: the thread spins on the word until a swap succeeds.
BeginLock(t) ==
  /\ Idle(t)
  /\ spinning' = [spinning EXCEPT ![t] = TRUE]
  /\ UNCHANGED held

\* A spinning thread's compare-and-swap succeeds because the word is clear: lock() returns.
Lock(t) ==
  /\ spinning[t]
  /\ ~Locked
  /\ held' = [held EXCEPT ![t] = TRUE]
  /\ spinning' = [spinning EXCEPT ![t] = FALSE]

\* try_lock()'s single compare-and-swap succeeds.
TryLock(t) ==
  /\ Idle(t)
  /\ held' = [held EXCEPT ![t] = TRUE]
  /\ UNCHANGED spinning

\* try_lock()'s swap fails because the word is set; the thread returns at once.
TryLockFail(t) ==
  /\ Idle(t)
  /\ Locked
  /\ UNCHANGED vars

\* The guard is dropped: the word is cleared.
Unlock(t) ==
  /\ held[t]
  /\ held' = [held EXCEPT ![t] = FALSE]
  /\ UNCHANGED spinning

Next ==
  \E t \in Threads : BeginLock(t) \/ Lock(t) \/ TryLock(t) \/ TryLockFail(t) \/ Unlock(t)

\* Holders release, and when the word is clear some spinning thread's swap succeeds. Which one is not
\* fixed: the spin lock is unfair, so no single waiter is promised the lock.
Spec == Init /\ [][Next]_vars /\ (\A t \in Threads : WF_vars(Unlock(t))) /\ WF_vars(\E u \in Threads : Lock(u))
====
