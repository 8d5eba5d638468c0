---- MODULE LevelErr ----
EXTENDS Naturals
VARIABLE v
ASSUME v = 1
====
