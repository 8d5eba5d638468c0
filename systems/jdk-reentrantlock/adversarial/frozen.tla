---- MODULE ReentrantLock ----
\* Adversarial: a faithful-looking set of actions, but Next is never enabled: the state is frozen.
EXTENDS Naturals
CONSTANTS Threads, MaxHolds
VARIABLES holds, blocked, permit
vars == <<holds, blocked, permit>>
Init == holds = [t \in Threads |-> 0] /\ blocked = {} /\ permit = [t \in Threads |-> FALSE]
Lock(t) == holds[t] < MaxHolds /\ holds' = [holds EXCEPT ![t] = @ + 1] /\ UNCHANGED <<blocked, permit>>
TryLock(t) == Lock(t)
TryLockFail(t) == UNCHANGED vars
Unlock(t) == holds[t] > 0 /\ holds' = [holds EXCEPT ![t] = @ - 1] /\ UNCHANGED <<blocked, permit>>
Park(t) == blocked' = blocked \cup {t} /\ UNCHANGED <<holds, permit>>
Unpark(t, u) == blocked' = blocked \ {u} /\ UNCHANGED <<holds, permit>>
Next == \E t \in Threads : holds[t] > MaxHolds /\ Lock(t)
Spec == Init /\ [][Next]_vars
====
