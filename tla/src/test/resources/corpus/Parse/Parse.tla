---- MODULE Parse ----
EXTENDS Naturals
VARIABLES x
Init == x = = 0
====
