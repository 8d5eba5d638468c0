---- MODULE Recur ----
EXTENDS Naturals
VARIABLES x
RECURSIVE F(_)
F(n) == F(n + 1) + 1
Init == x = 0
Next == x' = F(x)
====
