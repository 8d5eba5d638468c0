---- MODULE ReentrantLock ----
\* Adversarial: every contract action is enabled for any argument and sets every variable arbitrarily
\* within its type: no protocol at all.
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
Next == \E t, u \in Threads : Lock(t) \/ TryLock(t) \/ TryLockFail(t) \/ Unlock(t) \/ Park(t) \/ Unpark(t, u)
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
====
