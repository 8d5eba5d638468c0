---- MODULE ReentrantLock ----
\* Adversarial: Next only stutters; each contract action allows anything on its own.
EXTENDS Naturals
CONSTANTS Threads, MaxHolds
VARIABLES holds, blocked, permit
vars == <<holds, blocked, permit>>
Any == /\ holds' \in [Threads -> 0..MaxHolds]
       /\ blocked' \in SUBSET Threads
       /\ permit' \in [Threads -> BOOLEAN]
Init == holds = [t \in Threads |-> 0] /\ blocked = {} /\ permit = [t \in Threads |-> FALSE]
Lock(t) == Any
TryLock(t) == Any
TryLockFail(t) == Any
Unlock(t) == Any
Park(t) == Any
Unpark(t, u) == Any
Next == UNCHANGED vars
Spec == Init /\ [][Next]_vars
====
