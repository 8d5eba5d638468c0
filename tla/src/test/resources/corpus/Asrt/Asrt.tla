---- MODULE Asrt ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x' = x + 1 /\ Assert(x < 2, "x got too big")
====
