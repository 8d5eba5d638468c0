---- MODULE Shapes ----
\* Next-state and initial formulas in the shapes TLC counts coverage of: an action split over the
\* values of an existential, a LET, an instantiated module's actions, a recursive operator, a
\* disjunction inside an action, an action that is never enabled, and an initial predicate some of
\* whose choices fail a later conjunct.
EXTENDS Naturals, FiniteSets
VARIABLES pos, level, log
P == INSTANCE ShapesPart WITH Cap <- 2

RECURSIVE Sum(_)
Sum(s) == IF s = {} THEN 0 ELSE LET e == CHOOSE e \in s : TRUE IN e + Sum(s \ {e})

Init ==
  /\ pos \in 0..3
  /\ pos # 2
  /\ level = 0
  /\ log = Sum({pos, 5})

Move(i) == pos + i <= 4 /\ pos' = pos + i /\ UNCHANGED <<level, log>>
Settle ==
  LET total == Sum({pos, level}) IN
  /\ total > 3
  /\ log' = total
  /\ UNCHANGED <<pos, level>>
Either == ((pos = 4 /\ pos' = 0) \/ (level = 2 /\ pos' = pos)) /\ UNCHANGED <<level, log>>
Never == pos > 10 /\ pos' = 0 /\ UNCHANGED <<level, log>>

Next ==
  \/ \E i \in 1..2 : Move(i)
  \/ Settle
  \/ Either
  \/ Never
  \/ P!Fill /\ UNCHANGED <<pos, log>>
  \/ P!Drain /\ UNCHANGED <<pos, log>>
====
