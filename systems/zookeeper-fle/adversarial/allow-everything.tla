---- MODULE ZkFle ----
\* Adversarial: every contract action is enabled for any arguments and sets what the event observes of
\* its peer to any value of a small range: no election at all.
EXTENDS Naturals
CONSTANTS Nodes, MaxEpoch, MaxZxid, MaxClock, MaxCrashes
VARIABLES up, state, logicalclock, proposal, vote, msgs
vars == <<up, state, logicalclock, proposal, vote, msgs>>
States == {"LOOKING", "FOLLOWING", "LEADING"}
Small == 0..2
Proposals == [leader: Nodes, zxid: 0..1, peerEpoch: Small]
Votes == [leader: Nodes, zxid: 0..1, electionEpoch: Small, peerEpoch: Small]
SetUp(i) == \E b \in BOOLEAN : up' = [up EXCEPT ![i] = b]
SetRole(i) == \E s \in States, c \in Small : state' = [state EXCEPT ![i] = s] /\ logicalclock' = [logicalclock EXCEPT ![i] = c]
SetProposal(i) == \E p \in Proposals : proposal' = [proposal EXCEPT ![i] = p]
SetVote(i) == \E v \in Votes : vote' = [vote EXCEPT ![i] = v]
Init == /\ up = [i \in Nodes |-> FALSE] /\ state = [i \in Nodes |-> "LOOKING"]
        /\ logicalclock = [i \in Nodes |-> 0] /\ msgs = {}
        /\ proposal = [i \in Nodes |-> [leader |-> i, zxid |-> 0, peerEpoch |-> 0]]
        /\ vote = [i \in Nodes |-> [leader |-> i, zxid |-> 0, electionEpoch |-> 0, peerEpoch |-> 0]]
Start(i) == SetUp(i) /\ SetRole(i) /\ UNCHANGED <<proposal, vote, msgs>>
Crash(i) == SetUp(i) /\ UNCHANGED <<state, logicalclock, proposal, vote, msgs>>
StartElection(i, zxid, peerEpoch) == SetRole(i) /\ SetProposal(i) /\ UNCHANGED <<up, vote, msgs>>
HandleNotification(i, j, nstate, nleader, nzxid, nelectionEpoch, npeerEpoch) ==
  SetRole(i) /\ SetProposal(i) /\ UNCHANGED <<up, vote, msgs>>
Decide(i) == SetRole(i) /\ SetProposal(i) /\ SetVote(i) /\ UNCHANGED <<up, msgs>>
Reply(i, j) == UNCHANGED vars
NewEpoch(i, peerEpoch) == SetVote(i) /\ UNCHANGED <<up, state, logicalclock, proposal, msgs>>
Next == \E i, j \in Nodes : \/ Start(i) \/ Crash(i) \/ StartElection(i, 0, 0) \/ Decide(i) \/ Reply(i, j)
                            \/ HandleNotification(i, j, "LOOKING", i, 0, 0, 0) \/ NewEpoch(i, 0)
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
====
