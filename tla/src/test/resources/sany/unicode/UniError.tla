---- MODULE UniError ----
EXTENDS Naturals
VARIABLE x
Init ≜ x ∈ ℕ ∧ y = 0
====
