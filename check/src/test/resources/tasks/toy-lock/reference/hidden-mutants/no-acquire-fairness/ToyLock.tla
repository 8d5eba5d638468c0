---- MODULE ToyLock ----
\* Hidden mutant (invariants track): no fairness on taking the lock: a waiter may wait forever.
EXTENDS Naturals
CONSTANTS Threads
VARIABLES holds, waiting
vars == <<holds, waiting>>

Init == holds = [t \in Threads |-> FALSE] /\ waiting = {}

Request(t) ==
  /\ ~holds[t] /\ t \notin waiting
  /\ waiting' = waiting \cup {t}
  /\ UNCHANGED holds

Acquire(t) ==
  /\ t \in waiting
  /\ \A u \in Threads : ~holds[u]
  /\ holds' = [holds EXCEPT ![t] = TRUE]
  /\ waiting' = waiting \ {t}

Release(t) ==
  /\ holds[t]
  /\ holds' = [holds EXCEPT ![t] = FALSE]
  /\ UNCHANGED waiting

Next == \E t \in Threads : Request(t) \/ Acquire(t) \/ Release(t)

Spec == Init /\ [][Next]_vars /\ \A t \in Threads : WF_vars(Release(t))
====
