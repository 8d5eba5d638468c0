---- MODULE SomethingElse ----
x == 1
====
