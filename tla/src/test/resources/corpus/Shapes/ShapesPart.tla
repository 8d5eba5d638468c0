---- MODULE ShapesPart ----
\* Instantiated by Shapes: its actions reach TLC as substitutions (SubstInNode).
EXTENDS Naturals
CONSTANT Cap
VARIABLE level
Fill == level < Cap /\ level' = level + 1
Drain == level > 0 /\ level' = 0
====
