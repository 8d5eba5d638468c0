---- MODULE Hog ----
EXTENDS Naturals
VARIABLES x
\* Materialising this function needs far more heap than a worker has.
Init == x = [i \in 1..200000000 |-> i]
Next == UNCHANGED x
====
