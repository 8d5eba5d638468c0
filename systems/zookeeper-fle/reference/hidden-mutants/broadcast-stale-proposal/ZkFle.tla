------------------------------- MODULE ZkFle -------------------------------
\* Hidden mutant (invariants track, never shown to agents): a peer that adopts a better vote announces the vote it had before.
(***************************************************************************)
(* Reference model of ZooKeeper 3.9.5 Fast Leader Election (FLE), written  *)
(* for SysMoBench.  Peers run election rounds (their logical clock),       *)
(* broadcast their proposed vote, adopt better votes, and decide once a    *)
(* quorum agrees; peers out of the election answer looking peers with the  *)
(* vote they decided.  Zab (synchronisation, data) is the environment: it  *)
(* chooses each peer's last zxid and epoch when an election starts, and    *)
(* may move a decided peer to a new epoch.                                 *)
(*                                                                         *)
(* Notifications are a set that only grows: a notification, once sent, may *)
(* be received any number of times, in any order (the real system reorders *)
(* them through its queues, requeues them, and resends them on timeouts).  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
  Nodes,       \* peer ids (ZooKeeper sids): positive integers
  MaxEpoch,    \* model bound: largest peer epoch the environment picks
  MaxZxid,     \* model bound: largest zxid (rank) the environment picks
  MaxClock,    \* model bound: a peer starts no election beyond this round
  MaxCrashes   \* model bound: crashes in one behaviour

VARIABLES
  up,            \* [Nodes -> BOOLEAN]: the peer process runs
  state,         \* [Nodes -> {"LOOKING","FOLLOWING","LEADING"}]
  logicalclock,  \* [Nodes -> Nat]: the election round
  proposal,      \* [Nodes -> [leader, zxid, peerEpoch]]: the vote the peer proposes
  vote,          \* [Nodes -> [leader, zxid, electionEpoch, peerEpoch]]: the peer's decided (current) vote
  msgs,          \* set of notifications ever sent
  recvVotes,     \* [Nodes -> [Nodes -> VoteEntry]]: votes received in this round, per sender
  outOfElection, \* [Nodes -> [Nodes -> VoteEntry]]: votes of peers out of the election, per sender
  decision,      \* [Nodes -> VoteEntry]: the vote a peer is about to decide on (NoVote: none)
  electing,      \* [Nodes -> BOOLEAN]: the peer runs an election
  initVote,      \* [Nodes -> [leader, zxid, peerEpoch]]: the peer's own vote for this election
  crashes        \* number of crashes so far (only bounds the model)

vars == <<up, state, logicalclock, proposal, vote, msgs, recvVotes, outOfElection, decision, electing,
          initVote, crashes>>

States == {"LOOKING", "FOLLOWING", "LEADING"}

NoVote == [leader |-> 0, zxid |-> 0, electionEpoch |-> 0, peerEpoch |-> 0, state |-> "NONE"]

NoVotes == [k \in Nodes |-> NoVote]

IsQuorum(S) == 2 * Cardinality(S) > Cardinality(Nodes)

\* FLE's total order on votes: peer epoch first, then zxid, then the higher sid.
Better(l1, z1, e1, l2, z2, e2) ==
  \/ e1 > e2
  \/ e1 = e2 /\ z1 > z2
  \/ e1 = e2 /\ z1 = z2 /\ l1 > l2

BetterThanProposal(n, p) == Better(n.leader, n.zxid, n.peerEpoch, p.leader, p.zxid, p.peerEpoch)

Proposal(l, z, e) == [leader |-> l, zxid |-> z, peerEpoch |-> e]

Notification(i, st, l, z, ee, pe) ==
  [from |-> i, state |-> st, leader |-> l, zxid |-> z, electionEpoch |-> ee, peerEpoch |-> pe]

Broadcast(i, p, round) == Notification(i, "LOOKING", p.leader, p.zxid, round, p.peerEpoch)

EntryOf(n) == [leader |-> n.leader, zxid |-> n.zxid, electionEpoch |-> n.electionEpoch,
               peerEpoch |-> n.peerEpoch, state |-> n.state]

\* Votes of a round agree with a looking vote when all four fields match (the vote's state is LOOKING).
AgreeLooking(e, p, round) ==
  /\ e.state # "NONE"
  /\ e.leader = p.leader /\ e.zxid = p.zxid /\ e.peerEpoch = p.peerEpoch /\ e.electionEpoch = round

Init ==
  /\ up = [i \in Nodes |-> FALSE]
  /\ state = [i \in Nodes |-> "LOOKING"]
  /\ logicalclock = [i \in Nodes |-> 0]
  /\ proposal = [i \in Nodes |-> Proposal(i, 0, 0)]
  /\ vote = [i \in Nodes |-> [leader |-> i, zxid |-> 0, electionEpoch |-> 0, peerEpoch |-> 0]]
  /\ msgs = {}
  /\ recvVotes = [i \in Nodes |-> NoVotes]
  /\ outOfElection = [i \in Nodes |-> NoVotes]
  /\ decision = [i \in Nodes |-> NoVote]
  /\ electing = [i \in Nodes |-> FALSE]
  /\ initVote = [i \in Nodes |-> Proposal(i, 0, 0)]
  /\ crashes = 0

(***************************************************************************)
(* The peer process starts (or restarts on its old data): a new election   *)
(* object, so the round starts again at 0.                                 *)
(***************************************************************************)
Start(i) ==
  /\ ~up[i]
  /\ up' = [up EXCEPT ![i] = TRUE]
  /\ state' = [state EXCEPT ![i] = "LOOKING"]
  /\ logicalclock' = [logicalclock EXCEPT ![i] = 0]
  /\ recvVotes' = [recvVotes EXCEPT ![i] = NoVotes]
  /\ outOfElection' = [outOfElection EXCEPT ![i] = NoVotes]
  /\ decision' = [decision EXCEPT ![i] = NoVote]
  /\ electing' = [electing EXCEPT ![i] = FALSE]
  /\ UNCHANGED <<proposal, vote, msgs, initVote, crashes>>

Crash(i) ==
  /\ up[i]
  /\ up' = [up EXCEPT ![i] = FALSE]
  /\ state' = [state EXCEPT ![i] = "LOOKING"]
  /\ electing' = [electing EXCEPT ![i] = FALSE]
  /\ decision' = [decision EXCEPT ![i] = NoVote]
  /\ crashes' = crashes + 1
  /\ UNCHANGED <<logicalclock, proposal, vote, msgs, recvVotes, outOfElection, initVote>>

(***************************************************************************)
(* A peer that is not in an election (just started, or it left its role)   *)
(* starts one: next round, it proposes itself with the last zxid and epoch *)
(* Zab gives it, and broadcasts that proposal.                             *)
(***************************************************************************)
StartElection(i, zxid, peerEpoch) ==
  /\ up[i]
  /\ ~electing[i]
  /\ peerEpoch >= initVote[i].peerEpoch
  /\ LET p == Proposal(i, zxid, peerEpoch)
         round == logicalclock[i] + 1
     IN /\ state' = [state EXCEPT ![i] = "LOOKING"]
        /\ electing' = [electing EXCEPT ![i] = TRUE]
        /\ logicalclock' = [logicalclock EXCEPT ![i] = round]
        /\ proposal' = [proposal EXCEPT ![i] = p]
        /\ initVote' = [initVote EXCEPT ![i] = p]
        /\ recvVotes' = [recvVotes EXCEPT ![i] = NoVotes]
        /\ outOfElection' = [outOfElection EXCEPT ![i] = NoVotes]
        /\ decision' = [decision EXCEPT ![i] = NoVote]
        /\ msgs' = msgs \cup {Broadcast(i, p, round)}
  /\ UNCHANGED <<up, vote, crashes>>

\* A notification of the current round (or of a newer one, which the peer joins) from a looking peer.
HandleLooking(i, n) ==
  LET newer == n.electionEpoch > logicalclock[i]
      round == IF newer THEN n.electionEpoch ELSE logicalclock[i]
      \* In a newer round the peer compares with its own vote, not with its stale proposal.
      base == IF newer THEN initVote[i] ELSE proposal[i]
      adopt == BetterThanProposal(n, base)
      p == IF adopt THEN Proposal(n.leader, n.zxid, n.peerEpoch) ELSE base
      rv == [(IF newer THEN NoVotes ELSE recvVotes[i]) EXCEPT ![n.from] = EntryOf(n)]
      agree == {k \in Nodes : AgreeLooking(rv[k], p, round)}
  IN IF n.electionEpoch < logicalclock[i]
     THEN UNCHANGED <<logicalclock, proposal, msgs, recvVotes, outOfElection, decision>>
     ELSE /\ logicalclock' = [logicalclock EXCEPT ![i] = round]
          /\ proposal' = [proposal EXCEPT ![i] = p]
          /\ msgs' = IF newer \/ adopt THEN msgs \cup {Broadcast(i, base, round)} ELSE msgs
          /\ recvVotes' = [recvVotes EXCEPT ![i] = rv]
          /\ decision' = [decision EXCEPT ![i] =
                            IF IsQuorum(agree)
                            THEN [leader |-> p.leader, zxid |-> p.zxid, electionEpoch |-> round,
                                  peerEpoch |-> p.peerEpoch, state |-> "LOOKING"]
                            ELSE NoVote]
          /\ UNCHANGED outOfElection

\* The named leader is known to lead (or is the peer itself, in the round the peer is in).
CheckLeader(i, votes, l, round) ==
  IF l # i THEN votes[l].state = "LEADING" ELSE logicalclock[i] = round

\* A notification from a peer that is following or leading.
HandleOutOfElection(i, n) ==
  LET e == EntryOf(n)
      sameRound == n.electionEpoch = logicalclock[i]
      rv == [recvVotes[i] EXCEPT ![n.from] = e]
      \* Entries of looking peers must match all four fields; entries of peers out of the election
      \* (recorded without a version) match on the leader alone.
      rvAgree == {k \in Nodes : /\ rv[k].state # "NONE"
                                /\ IF rv[k].state = "LOOKING"
                                   THEN AgreeLooking(rv[k], e, e.electionEpoch)
                                   ELSE rv[k].leader = e.leader}
      oe == [outOfElection[i] EXCEPT ![n.from] = e]
      oeAgree == {k \in Nodes : oe[k].state # "NONE" /\ oe[k].leader = e.leader /\ oe[k].peerEpoch = e.peerEpoch}
  IN IF sameRound /\ IsQuorum(rvAgree) /\ CheckLeader(i, rv, n.leader, n.electionEpoch)
     THEN /\ recvVotes' = [recvVotes EXCEPT ![i] = rv]
          /\ decision' = [decision EXCEPT ![i] = e]
          /\ UNCHANGED <<outOfElection, logicalclock, proposal, msgs>>
     ELSE /\ recvVotes' = IF sameRound THEN [recvVotes EXCEPT ![i] = rv] ELSE recvVotes
          /\ outOfElection' = [outOfElection EXCEPT ![i] = oe]
          /\ decision' = IF IsQuorum(oeAgree) /\ CheckLeader(i, oe, n.leader, n.electionEpoch)
                         THEN [decision EXCEPT ![i] = e]
                         ELSE decision
          /\ UNCHANGED <<logicalclock, proposal, msgs>>

(***************************************************************************)
(* A looking peer takes notification (state nstate, vote nleader/nzxid/    *)
(* nelectionEpoch/npeerEpoch) of peer j from its queue.  While it waits to *)
(* finalize a decision, it only checks whether the notification is better: *)
(* then it puts it back (to be taken again) and gives the decision up;     *)
(* otherwise it drops it.                                                  *)
(***************************************************************************)
HandleNotification(i, j, nstate, nleader, nzxid, nelectionEpoch, npeerEpoch) ==
  LET n == Notification(j, nstate, nleader, nzxid, nelectionEpoch, npeerEpoch)
  IN /\ up[i]
     /\ electing[i]
     /\ n \in msgs
     /\ IF decision[i] # NoVote
        THEN /\ decision' = IF BetterThanProposal(n, proposal[i]) THEN [decision EXCEPT ![i] = NoVote] ELSE decision
             /\ UNCHANGED <<logicalclock, proposal, msgs, recvVotes, outOfElection>>
        ELSE IF nstate = "LOOKING" THEN HandleLooking(i, n) ELSE HandleOutOfElection(i, n)
     /\ UNCHANGED <<up, state, vote, electing, initVote, crashes>>

\* The finalize wait passed (or a leader's quorum was seen): the peer takes its role.
Decide(i) ==
  /\ up[i]
  /\ electing[i]
  /\ decision[i] # NoVote
  /\ LET d == decision[i]
     IN /\ state' = [state EXCEPT ![i] = IF d.leader = i THEN "LEADING" ELSE "FOLLOWING"]
        /\ vote' = [vote EXCEPT ![i] = [leader |-> d.leader, zxid |-> d.zxid,
                                        electionEpoch |-> d.electionEpoch, peerEpoch |-> d.peerEpoch]]
        /\ logicalclock' = [logicalclock EXCEPT ![i] = d.electionEpoch]
  /\ electing' = [electing EXCEPT ![i] = FALSE]
  /\ decision' = [decision EXCEPT ![i] = NoVote]
  /\ UNCHANGED <<up, proposal, msgs, recvVotes, outOfElection, initVote, crashes>>

\* A peer out of the election answers looking peer j with the vote it decided. j may be i itself: a
\* peer's own notifications reach it too, and one sent while it was looking can arrive after it decided.
Reply(i, j) ==
  /\ up[i]
  /\ state[i] # "LOOKING"
  /\ \E m \in msgs : m.from = j /\ m.state = "LOOKING"
  /\ msgs' = msgs \cup {Notification(i, state[i], vote[i].leader, vote[i].zxid, vote[i].electionEpoch, vote[i].peerEpoch)}
  /\ UNCHANGED <<up, state, logicalclock, proposal, vote, recvVotes, outOfElection, decision, electing, initVote, crashes>>

\* Zab moved a decided peer to a new epoch; its vote carries it from now on. Zab does so only after
\* the leader the peer decided on took the lead in that round (synchronisation goes through that
\* leader); the vote may change after the leader went down, once the peer was synchronised.
NewEpoch(i, peerEpoch) ==
  /\ up[i]
  /\ ~electing[i]
  /\ state[i] # "LOOKING"
  /\ peerEpoch > vote[i].peerEpoch
  /\ LET l == vote[i].leader
     IN vote[l].leader = l /\ vote[l].electionEpoch = vote[i].electionEpoch
  /\ vote' = [vote EXCEPT ![i].peerEpoch = peerEpoch]
  /\ UNCHANGED <<up, state, logicalclock, proposal, msgs, recvVotes, outOfElection, decision, electing, initVote, crashes>>

Receive(i) ==
  \E m \in msgs : HandleNotification(i, m.from, m.state, m.leader, m.zxid, m.electionEpoch, m.peerEpoch)

\* The environment's choice when a peer starts an election: any zxid within the bound, and the epoch
\* Zab last moved the peer to. That is the epoch its vote carries, or, once the peer has decided a vote,
\* a later one: Zab synchronises a follower to its leader's new epoch before it updates the follower's
\* vote, and a peer stopped in between proposes the new epoch with the old vote (Zab never moves back).
Elect(i) ==
  LET known == IF vote[i].peerEpoch > initVote[i].peerEpoch THEN vote[i].peerEpoch ELSE initVote[i].peerEpoch
      latest == IF vote[i].electionEpoch > 0 THEN MaxEpoch ELSE known
  IN \E z \in 0..MaxZxid, e \in known..latest :
       /\ logicalclock[i] < MaxClock
       /\ StartElection(i, z, e)

Next ==
  \/ \E i \in Nodes : Start(i)
  \/ \E i \in Nodes : crashes < MaxCrashes /\ Crash(i)
  \/ \E i \in Nodes : Elect(i)
  \/ \E i \in Nodes : Receive(i)
  \/ \E i \in Nodes : Decide(i)
  \/ \E i, j \in Nodes : Reply(i, j)
  \/ \E i \in Nodes, e \in 0..MaxEpoch : NewEpoch(i, e)

\* The notification peer j sends now: its proposal while looking, its decided vote otherwise.
Latest(j) ==
  IF state[j] = "LOOKING"
  THEN Broadcast(j, proposal[j], logicalclock[j])
  ELSE Notification(j, state[j], vote[j].leader, vote[j].zxid, vote[j].electionEpoch, vote[j].peerEpoch)

DeliverLatest(i, j) ==
  LET m == Latest(j)
  IN HandleNotification(i, m.from, m.state, m.leader, m.zxid, m.electionEpoch, m.peerEpoch)

\* The network keeps delivering each peer's latest notification to every electing peer. Fairness on
\* taking "some" notification would not do: a peer could keep swapping two old notifications of the
\* same sender forever and never look at the one that decides.
Fairness ==
  /\ \A i \in Nodes : WF_vars(Start(i))
  /\ \A i \in Nodes : WF_vars(Elect(i))
  /\ \A i, j \in Nodes : WF_vars(DeliverLatest(i, j))
  /\ \A i \in Nodes : WF_vars(Decide(i))
  /\ \A i, j \in Nodes : WF_vars(Reply(i, j))

Spec == Init /\ [][Next]_vars /\ Fairness
=============================================================================
