---- MODULE Loop ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Done == <>(x = 5)
AlwaysSmall == [](x < 3)
====
