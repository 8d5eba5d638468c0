---- MODULE DivZero ----
EXTENDS Naturals
VARIABLES x
Init == x = 1
Next == x' = (x + 1) % 3 /\ x' # 10 \div x
====
