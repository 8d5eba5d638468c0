---- MODULE Sim ----
EXTENDS Naturals
VARIABLES a, b
Init == a = 0 /\ b = 0
IncA == a < 5 /\ a' = a + 1 /\ UNCHANGED b
IncB == b < 5 /\ b' = b + 1 /\ UNCHANGED a
Swap == a # b /\ a' = b /\ b' = a
Never == a > 10 /\ a' = 0 /\ UNCHANGED b
Next == IncA \/ IncB \/ Swap \/ Never
Small == a + b <= 10
====
