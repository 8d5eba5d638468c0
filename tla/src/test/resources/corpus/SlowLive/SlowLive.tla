---- MODULE SlowLive ----
\* A liveness check whose search outlasts the 3 s after which plain TLC first checks liveness on the
\* graph explored so far (about 80,000 states).
EXTENDS Naturals
VARIABLES x, y, z
vars == <<x, y, z>>
Init == x = 0 /\ y = 0 /\ z = 0
IncX == x < 50 /\ x' = x + 1 /\ UNCHANGED <<y, z>>
IncY == y < 50 /\ y' = y + 1 /\ UNCHANGED <<x, z>>
IncZ == z < 30 /\ z' = z + 1 /\ UNCHANGED <<x, y>>
Next == IncX \/ IncY \/ IncZ \/ UNCHANGED vars
Spec == Init /\ [][Next]_vars /\ WF_vars(IncX)
Done == <>(x = 50)
====
