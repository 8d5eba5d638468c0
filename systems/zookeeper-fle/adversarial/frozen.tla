---- MODULE ZkFle ----
\* Adversarial: peers start and stop, but nobody ever elects: every election safety property holds
\* because no peer ever decides.
EXTENDS Naturals
CONSTANTS Nodes, MaxEpoch, MaxZxid, MaxClock, MaxCrashes
VARIABLES up, state, logicalclock, proposal, vote, msgs
vars == <<up, state, logicalclock, proposal, vote, msgs>>
Init == /\ up = [i \in Nodes |-> FALSE] /\ state = [i \in Nodes |-> "LOOKING"]
        /\ logicalclock = [i \in Nodes |-> 0] /\ msgs = {}
        /\ proposal = [i \in Nodes |-> [leader |-> i, zxid |-> 0, peerEpoch |-> 0]]
        /\ vote = [i \in Nodes |-> [leader |-> i, zxid |-> 0, electionEpoch |-> 0, peerEpoch |-> 0]]
Start(i) == ~up[i] /\ up' = [up EXCEPT ![i] = TRUE] /\ UNCHANGED <<state, logicalclock, proposal, vote, msgs>>
Crash(i) == up[i] /\ up' = [up EXCEPT ![i] = FALSE] /\ UNCHANGED <<state, logicalclock, proposal, vote, msgs>>
StartElection(i, zxid, peerEpoch) == FALSE
HandleNotification(i, j, nstate, nleader, nzxid, nelectionEpoch, npeerEpoch) == FALSE
Decide(i) == FALSE
Reply(i, j) == FALSE
NewEpoch(i, peerEpoch) == FALSE
Next == \E i \in Nodes : Start(i) \/ Crash(i)
Spec == Init /\ [][Next]_vars /\ \A i \in Nodes : WF_vars(Start(i))
====
