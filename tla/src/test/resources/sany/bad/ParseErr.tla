---- MODULE ParseErr ----
EXTENDS Naturals
x == (1 +
y == 1
====
