---- MODULE Assume ----
EXTENDS Naturals
CONSTANT N
ASSUME N > 5
VARIABLES x
Init == x = 0
Next == x' = 1 - x
====
