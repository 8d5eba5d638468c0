---- MODULE Counter ----
====
