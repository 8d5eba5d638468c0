---- MODULE ZkFle ----
\* Adversarial: Next only stutters; each contract action allows anything for its peer on its own.
EXTENDS Naturals
CONSTANTS Nodes, MaxEpoch, MaxZxid, MaxClock, MaxCrashes
VARIABLES up, state, logicalclock, proposal, vote, msgs
vars == <<up, state, logicalclock, proposal, vote, msgs>>
States == {"LOOKING", "FOLLOWING", "LEADING"}
Any(i) == /\ up' \in [Nodes -> BOOLEAN]
          /\ state' \in [Nodes -> States]
          /\ logicalclock' \in [Nodes -> 0..2]
          /\ UNCHANGED <<proposal, vote, msgs>>
Init == /\ up = [i \in Nodes |-> FALSE] /\ state = [i \in Nodes |-> "LOOKING"]
        /\ logicalclock = [i \in Nodes |-> 0] /\ msgs = {}
        /\ proposal = [i \in Nodes |-> [leader |-> i, zxid |-> 0, peerEpoch |-> 0]]
        /\ vote = [i \in Nodes |-> [leader |-> i, zxid |-> 0, electionEpoch |-> 0, peerEpoch |-> 0]]
Start(i) == Any(i)
Crash(i) == Any(i)
StartElection(i, zxid, peerEpoch) == Any(i)
HandleNotification(i, j, nstate, nleader, nzxid, nelectionEpoch, npeerEpoch) == Any(i)
Decide(i) == Any(i)
Reply(i, j) == Any(i)
NewEpoch(i, peerEpoch) == Any(i)
Next == UNCHANGED vars
Spec == Init /\ [][Next]_vars
====
