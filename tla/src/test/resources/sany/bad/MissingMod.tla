---- MODULE MissingMod ----
EXTENDS Naturals, NoSuchModule
x == 1
====
