---- MODULE Explode ----
EXTENDS Naturals
VARIABLES x, y, z
Init == x = 0 /\ y = 0 /\ z = 0
Next == \/ x' = x + 1 /\ UNCHANGED <<y, z>>
        \/ y' = y + 1 /\ UNCHANGED <<x, z>>
        \/ z' = z + 1 /\ UNCHANGED <<x, y>>
====
