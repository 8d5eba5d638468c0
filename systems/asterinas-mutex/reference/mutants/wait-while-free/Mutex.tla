---- MODULE Mutex ----
\* Reference model of the Asterinas OSTD mutex: an atomic flag plus a wait queue. lock() waits on the
\* queue until try_lock succeeds (the condition is re-checked after enqueueing, so no wake-up is lost);
\* dropping the guard clears the flag and wakes the first waiter, which then competes again.
EXTENDS Naturals, Sequences
CONSTANTS Threads
VARIABLES held, queue
vars == <<held, queue>>

Free == \A u \in Threads : ~held[u]
Queued(t) == \E i \in 1..Len(queue) : queue[i] = t

Init == held = [t \in Threads |-> FALSE] /\ queue = <<>>

\* lock() or a woken waiter's retry: try_lock succeeds.
Lock(t) == ~Queued(t) /\ ~held[t] /\ Free /\ held' = [held EXCEPT ![t] = TRUE] /\ UNCHANGED queue

TryLock(t) == ~Queued(t) /\ ~held[t] /\ Free /\ held' = [held EXCEPT ![t] = TRUE] /\ UNCHANGED queue

TryLockFail(t) == ~Queued(t) /\ ~held[t] /\ ~Free /\ UNCHANGED vars

\* lock() finds the mutex taken (also after enqueueing) and sleeps at the end of the queue.
Wait(t) == ~Queued(t) /\ ~held[t] /\ queue' = Append(queue, t) /\ UNCHANGED held

\* The guard is dropped: the flag is cleared and the first waiter, if any, is woken.
Unlock(t) ==
  /\ held[t]
  /\ held' = [held EXCEPT ![t] = FALSE]
  /\ queue' = IF queue = <<>> THEN queue ELSE Tail(queue)

Next == \E t \in Threads : Lock(t) \/ TryLock(t) \/ TryLockFail(t) \/ Wait(t) \/ Unlock(t)

Spec == Init /\ [][Next]_vars /\ \A t \in Threads : SF_vars(Lock(t)) /\ WF_vars(Unlock(t))
====
