---- MODULE CfgErr ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = 1 - x
====
