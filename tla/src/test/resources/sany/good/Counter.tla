------------------------------ MODULE Counter ------------------------------
(* A small counter spec used to check definitions, constants and variables. *)
EXTENDS Naturals, Sequences

CONSTANTS N, Procs
VARIABLES x, log

vars == <<x, log>>

LOCAL Bound == N + 1

Init == /\ x = 0
        /\ log = <<>>

Inc(p) == /\ x < N
          /\ x' = x + 1
          /\ log' = Append(log, p)

Add(p, k) == /\ x + k <= N
             /\ x' = x + k
             /\ UNCHANGED log

double[i \in 0..N] == 2 * i

Next == \E p \in Procs : Inc(p) \/ \E k \in 1..2 : Add(p, k)

Spec == Init /\ [][Next]_vars

TypeOK == x \in 0..Bound /\ log \in Seq(Procs)
=============================================================================
