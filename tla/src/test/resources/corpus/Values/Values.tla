---- MODULE Values ----
EXTENDS Integers, Sequences, TLC
CONSTANTS A, B
VARIABLES n, s, q, r, f, g, m, b, big
Init == /\ n = -3
        /\ s = "he said \"hi\""
        /\ q = <<1, "a", <<>>, {}>>
        /\ r = [a |-> 1, b |-> {A, B}]
        /\ f = (1 :> "x" @@ 2 :> "y")
        /\ g = [i \in {A, B} |-> i = A]
        /\ m = A
        /\ b = TRUE
        /\ big = 2147483647
Next == /\ n < 0 /\ n' = n + 1
        /\ UNCHANGED <<s, q, r, f, g, m, b, big>>
Inv == n < -1
====
