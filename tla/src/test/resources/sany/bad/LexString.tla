---- MODULE LexString ----
EXTENDS Naturals
x == "abc
y == 1
====
