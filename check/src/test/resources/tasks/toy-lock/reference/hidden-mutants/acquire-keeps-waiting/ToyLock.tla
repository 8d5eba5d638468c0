---- MODULE ToyLock ----
\* Hidden mutant (invariants track): a thread that takes the lock stays in the wait set.
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
  /\ UNCHANGED waiting

Release(t) ==
  /\ holds[t]
  /\ holds' = [holds EXCEPT ![t] = FALSE]
  /\ UNCHANGED waiting

Next == \E t \in Threads : Request(t) \/ Acquire(t) \/ Release(t)

Spec == Init /\ [][Next]_vars /\ \A t \in Threads : SF_vars(Acquire(t)) /\ WF_vars(Release(t))
====
