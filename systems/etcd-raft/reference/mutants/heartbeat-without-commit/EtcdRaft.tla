------------------------------ MODULE EtcdRaft ------------------------------
(***************************************************************************)
(* Reference model of the Raft library of etcd 3.5.16 (go.etcd.io/etcd/raft *)
(* v3), written for SysMoBench, at the level its RawNode boundary shows:   *)
(* each step is one input to one node (an election or heartbeat timer      *)
(* firing, a client proposal, a message stepped in, a crash, a restart)    *)
(* together with everything the node does in response: its new state and  *)
(* the messages its next Ready carries.  Pre-vote is on, check-quorum is   *)
(* off, as the traced cluster runs; messages are never size-limited and    *)
(* the in-flight window never fills.                                       *)
(*                                                                         *)
(* Messages form a set that only grows: once sent, a message may be        *)
(* delivered any number of times, in any order, or never.                  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
  Nodes,       \* node ids (etcd raft ids): positive integers
  MaxTerm,     \* model bound: no node campaigns for a term beyond this
  MaxLogLen,   \* model bound: leaders accept client entries while their log is shorter
  MaxCrashes,  \* model bound: crashes in one behaviour
  MaxHeartbeats \* model bound: heartbeat rounds in one behaviour

VARIABLES
  up,        \* [Nodes -> BOOLEAN]: the node's process runs
  state,     \* [Nodes -> {"Follower", "PreCandidate", "Candidate", "Leader"}]
  term,      \* [Nodes -> Nat]: current term (HardState.Term)
  vote,      \* [Nodes -> Nodes \cup {0}]: vote in the current term (HardState.Vote), 0 = none
  lead,      \* [Nodes -> Nodes \cup {0}]: the leader the node knows of (SoftState.Lead), 0 = none
  commit,    \* [Nodes -> Nat]: commit index (HardState.Commit)
  log,       \* [Nodes -> Seq(Nat)]: the terms of the node's log entries, index 1 first
  msgs,      \* set of every message sent
  granted,   \* [Nodes -> SUBSET Nodes]: (pre-)votes granted to the node in its current campaign
  rejected,  \* [Nodes -> SUBSET Nodes]: (pre-)votes refused to it in its current campaign
  prs,       \* [Nodes -> [Nodes -> Progress]]: a leader's replication progress of each peer
  crashes,   \* crashes so far (only bounds the model)
  beats      \* heartbeat rounds so far (only bounds the model)

vars == <<up, state, term, vote, lead, commit, log, msgs, granted, rejected, prs, crashes, beats>>

None == 0

Min(a, b) == IF a < b THEN a ELSE b
Max(a, b) == IF a > b THEN a ELSE b
MaxOf(S) == CHOOSE x \in S : \A y \in S : y <= x

Quorum(S) == 2 * Cardinality(S) > Cardinality(Nodes)

\* A vote is lost when the votes still missing cannot make a quorum (quorum.MajorityConfig.VoteResult).
VoteLost(r) == ~Quorum(Nodes \ r)

\* raftLog.term: the term of entry k, 0 for index 0 and for indexes beyond the log.
TermAt(l, k) == IF k >= 1 /\ k <= Len(l) THEN l[k] ELSE 0

LastTerm(l) == TermAt(l, Len(l))

\* raftLog.isUpToDate: a candidate whose last entry is (index, lterm) is at least as up to date as l.
UpToDate(l, index, lterm) == lterm > LastTerm(l) \/ (lterm = LastTerm(l) /\ index >= Len(l))

\* raftLog.findConflictByTerm: the last index at or before index whose term is at most t
\* (index itself when it lies beyond the log).
ConflictByTerm(l, index, t) ==
  IF index > Len(l) THEN index ELSE MaxOf({k \in 0..index : TermAt(l, k) <= t})

Msg(type, from, to, t, index, logTerm, entries, c, reject, hint) ==
  [type |-> type, from |-> from, to |-> to, term |-> t, index |-> index, logTerm |-> logTerm,
   entries |-> entries, commit |-> c, reject |-> reject, hint |-> hint]

Reply(type, from, to, t, reject) == Msg(type, from, to, t, 0, 0, <<>>, 0, reject, 0)

AppResp(from, to, t, index, reject, hint, logTerm) ==
  Msg("MsgAppResp", from, to, t, index, logTerm, <<>>, 0, reject, hint)

(***************************************************************************)
(* A leader's Progress of a peer (tracker.Progress): next index to send,  *)
(* highest index known to match, probe or replicate state, and whether a  *)
(* probe is outstanding (which pauses sending in probe state).            *)
(***************************************************************************)
Progress(next, match, st, sent) == [next |-> next, match |-> match, state |-> st, sent |-> sent]

NoProgress == Progress(0, 0, "Probe", FALSE)

NoProgresses == [k \in Nodes |-> NoProgress]

\* maybeSendAppend(j, sendIfEmpty) of leader i (term t, log l, commit c) with j's progress p:
\* <<the messages sent, j's new progress>>. An append carries the log from p.next to its end.
MaybeSend(i, j, t, l, c, p, sendIfEmpty) ==
  LET ents == SubSeq(l, p.next, Len(l))
  IN IF (p.state = "Probe" /\ p.sent) \/ (ents = <<>> /\ ~sendIfEmpty)
     THEN <<{}, p>>
     ELSE <<{Msg("MsgApp", i, j, t, p.next - 1, TermAt(l, p.next - 1), ents, c, FALSE, 0)},
            IF ents = <<>> THEN p
            ELSE IF p.state = "Replicate" THEN [p EXCEPT !.next = Len(l) + 1]
            ELSE [p EXCEPT !.sent = TRUE]>>

\* bcastAppend: sendAppend to every peer. <<messages, new progress of every peer>>.
Broadcast(i, t, l, c, P) ==
  LET R == [j \in Nodes |-> IF j = i THEN <<{}, P[j]>> ELSE MaybeSend(i, j, t, l, c, P[j], TRUE)]
  IN <<UNION {R[j][1] : j \in Nodes}, [j \in Nodes |-> R[j][2]]>>

\* The largest index stored by a quorum, the leader counting its whole log (ProgressTracker.Committed).
QuorumIndex(i, l, P) ==
  MaxOf({k \in 0..Len(l) : Quorum({j \in Nodes : (IF j = i THEN Len(l) ELSE P[j].match) >= k})})

\* raftLog.maybeCommit: only an entry of the leader's own term is committed by counting replicas.
NewCommit(i, t, l, c, P) ==
  LET q == QuorumIndex(i, l, P) IN IF q > c /\ TermAt(l, q) = t THEN q ELSE c

Init ==
  /\ up = [i \in Nodes |-> TRUE]
  /\ state = [i \in Nodes |-> "Follower"]
  /\ term = [i \in Nodes |-> 0]
  /\ vote = [i \in Nodes |-> None]
  /\ lead = [i \in Nodes |-> None]
  /\ commit = [i \in Nodes |-> 0]
  /\ log = [i \in Nodes |-> <<>>]
  /\ msgs = {}
  /\ granted = [i \in Nodes |-> {}]
  /\ rejected = [i \in Nodes |-> {}]
  /\ prs = [i \in Nodes |-> NoProgresses]
  /\ crashes = 0
  /\ beats = 0

Send(S) == msgs' = msgs \cup S

(***************************************************************************)
(* becomeFollower(t, l): term t (a new term forgets the vote), leader l.   *)
(* It also forgets the votes of a campaign and a leader's progress.        *)
(***************************************************************************)
BecomeFollower(i, t, l) ==
  /\ state' = [state EXCEPT ![i] = "Follower"]
  /\ term' = [term EXCEPT ![i] = t]
  /\ vote' = IF t # term[i] THEN [vote EXCEPT ![i] = None] ELSE vote
  /\ lead' = [lead EXCEPT ![i] = l]
  /\ granted' = [granted EXCEPT ![i] = {}]
  /\ rejected' = [rejected EXCEPT ![i] = {}]
  /\ prs' = [prs EXCEPT ![i] = NoProgresses]

(***************************************************************************)
(* The election timer of a node that is not leader fires (MsgHup): with   *)
(* pre-vote, it becomes pre-candidate in its current term, counts its own *)
(* pre-vote and asks the others for theirs, for the next term.  The model *)
(* lets no node campaign for a term beyond MaxTerm.                       *)
(***************************************************************************)
Timeout(i) ==
  /\ up[i]
  /\ state[i] # "Leader"
  /\ term[i] < MaxTerm
  /\ state' = [state EXCEPT ![i] = "PreCandidate"]
  /\ lead' = [lead EXCEPT ![i] = None]
  /\ granted' = [granted EXCEPT ![i] = {i}]
  /\ rejected' = [rejected EXCEPT ![i] = {}]
  /\ Send({Msg("MsgPreVote", i, j, term[i] + 1, Len(log[i]), LastTerm(log[i]), <<>>, 0, FALSE, 0) :
             j \in Nodes \ {i}})
  /\ UNCHANGED <<up, term, vote, commit, log, prs, crashes, beats>>

\* The heartbeat timer of a leader fires (MsgBeat): a heartbeat to each peer, carrying the commit index
\* only as far as that peer is known to match. At most MaxHeartbeats rounds per behaviour.
Heartbeat(i) ==
  /\ up[i]
  /\ state[i] = "Leader"
  /\ beats < MaxHeartbeats
  /\ Send({Msg("MsgHeartbeat", i, j, term[i], 0, 0, <<>>, Min(prs[i][j].match, commit[i]), FALSE, 0) :
             j \in Nodes \ {i}})
  /\ beats' = beats + 1
  /\ UNCHANGED <<up, state, term, vote, lead, commit, log, granted, rejected, prs, crashes>>

\* A client proposal at the leader (MsgProp): one entry of its term is appended and sent to the peers
\* whose progress allows it. The model takes proposals while the log is shorter than MaxLogLen.
ClientRequest(i) ==
  /\ up[i]
  /\ state[i] = "Leader"
  /\ Len(log[i]) < MaxLogLen
  /\ LET l == Append(log[i], term[i])
         c == NewCommit(i, term[i], l, commit[i], prs[i])
         B == Broadcast(i, term[i], l, c, prs[i])
     IN /\ log' = [log EXCEPT ![i] = l]
        /\ commit' = [commit EXCEPT ![i] = c]
        /\ Send(B[1])
        /\ prs' = [prs EXCEPT ![i] = B[2]]
  /\ UNCHANGED <<up, state, term, vote, lead, granted, rejected, crashes, beats>>

\* The node's process stops. What it persisted (term, vote, commit, log) survives it; what it held only
\* in memory is gone (kept here as a restarted node will have it: a follower without a leader). At most
\* MaxCrashes per behaviour.
Crash(i) ==
  /\ up[i]
  /\ crashes < MaxCrashes
  /\ up' = [up EXCEPT ![i] = FALSE]
  /\ crashes' = crashes + 1
  /\ state' = [state EXCEPT ![i] = "Follower"]
  /\ lead' = [lead EXCEPT ![i] = None]
  /\ granted' = [granted EXCEPT ![i] = {}]
  /\ rejected' = [rejected EXCEPT ![i] = {}]
  /\ prs' = [prs EXCEPT ![i] = NoProgresses]
  /\ UNCHANGED <<term, vote, commit, log, msgs, beats>>

\* The node restarts from its storage: a follower with its HardState and log, knowing no leader.
Restart(i) ==
  /\ ~up[i]
  /\ up' = [up EXCEPT ![i] = TRUE]
  /\ UNCHANGED <<state, term, vote, lead, commit, log, msgs, granted, rejected, prs, crashes, beats>>

(***************************************************************************)
(* Pre-vote request from j for term mterm.  A pre-vote never changes the  *)
(* receiver's term or vote.  It is granted when the receiver could vote   *)
(* (it voted for j, or has neither voted nor a leader, or the request is  *)
(* for a later term) and j's log is at least as up to date.               *)
(***************************************************************************)
HandlePreVote(i, j, mterm, mindex, mlogTerm) ==
  /\ up[i]
  /\ Msg("MsgPreVote", j, i, mterm, mindex, mlogTerm, <<>>, 0, FALSE, 0) \in msgs
  /\ IF mterm < term[i]
     THEN Send({Reply("MsgPreVoteResp", i, j, term[i], TRUE)})
     ELSE IF /\ vote[i] = j \/ (vote[i] = None /\ lead[i] = None) \/ mterm > term[i]
             /\ UpToDate(log[i], mindex, mlogTerm)
          THEN Send({Reply("MsgPreVoteResp", i, j, mterm, FALSE)})
          ELSE Send({Reply("MsgPreVoteResp", i, j, term[i], TRUE)})
  /\ UNCHANGED <<up, state, term, vote, lead, commit, log, granted, rejected, prs, crashes, beats>>

(***************************************************************************)
(* Vote request from j for term mterm.  A later term makes the receiver a  *)
(* follower of that term, without a leader, first; an earlier term is     *)
(* ignored.  The vote is granted as a pre-vote is, and recorded.          *)
(***************************************************************************)
HandleVote(i, j, mterm, mindex, mlogTerm) ==
  /\ up[i]
  /\ Msg("MsgVote", j, i, mterm, mindex, mlogTerm, <<>>, 0, FALSE, 0) \in msgs
  /\ IF mterm < term[i]
     THEN UNCHANGED <<state, term, vote, lead, msgs, granted, rejected, prs>>
     ELSE LET newer == mterm > term[i]
              v == IF newer THEN None ELSE vote[i]
              l == IF newer THEN None ELSE lead[i]
              grant == (v = j \/ (v = None /\ l = None)) /\ UpToDate(log[i], mindex, mlogTerm)
          IN /\ IF newer
                THEN /\ state' = [state EXCEPT ![i] = "Follower"]
                     /\ lead' = [lead EXCEPT ![i] = None]
                     /\ granted' = [granted EXCEPT ![i] = {}]
                     /\ rejected' = [rejected EXCEPT ![i] = {}]
                     /\ prs' = [prs EXCEPT ![i] = NoProgresses]
                ELSE UNCHANGED <<state, lead, granted, rejected, prs>>
             /\ term' = [term EXCEPT ![i] = mterm]
             /\ vote' = [vote EXCEPT ![i] = IF grant THEN j ELSE v]
             /\ Send({Reply("MsgVoteResp", i, j, mterm, ~grant)})
  /\ UNCHANGED <<up, commit, log, crashes, beats>>

\* A pre-candidate counts the first answer of each peer: a quorum of grants starts the election proper
\* (next term, a vote for itself, vote requests to all), a quorum of refusals makes it a follower again.
\* A refusal of a later term makes any node a follower of that term.
HandlePreVoteResponse(i, j, mterm, mreject) ==
  /\ up[i]
  /\ Reply("MsgPreVoteResp", j, i, mterm, mreject) \in msgs
  /\ IF mterm > term[i] /\ mreject
     THEN /\ BecomeFollower(i, mterm, None)
          /\ UNCHANGED msgs
     ELSE IF mterm < term[i] \/ state[i] # "PreCandidate" \/ j \in granted[i] \cup rejected[i]
     THEN UNCHANGED <<state, term, vote, lead, msgs, granted, rejected, prs>>
     ELSE LET g == IF mreject THEN granted[i] ELSE granted[i] \cup {j}
              r == IF mreject THEN rejected[i] \cup {j} ELSE rejected[i]
          IN IF Quorum(g)
             THEN /\ state' = [state EXCEPT ![i] = "Candidate"]
                  /\ term' = [term EXCEPT ![i] = term[i] + 1]
                  /\ vote' = [vote EXCEPT ![i] = i]
                  /\ lead' = [lead EXCEPT ![i] = None]
                  /\ granted' = [granted EXCEPT ![i] = {i}]
                  /\ rejected' = [rejected EXCEPT ![i] = {}]
                  /\ Send({Msg("MsgVote", i, k, term[i] + 1, Len(log[i]), LastTerm(log[i]), <<>>, 0, FALSE, 0) :
                             k \in Nodes \ {i}})
                  /\ UNCHANGED prs
             ELSE IF VoteLost(r)
             THEN /\ BecomeFollower(i, term[i], None)
                  /\ UNCHANGED msgs
             ELSE /\ granted' = [granted EXCEPT ![i] = g]
                  /\ rejected' = [rejected EXCEPT ![i] = r]
                  /\ UNCHANGED <<state, term, vote, lead, msgs, prs>>
  /\ UNCHANGED <<up, commit, log, crashes, beats>>

\* A candidate counts votes of its term; a quorum makes it leader: it appends an empty entry of its term
\* and sends it to all. Any answer of a later term makes the receiver a follower of that term.
HandleVoteResponse(i, j, mterm, mreject) ==
  /\ up[i]
  /\ Reply("MsgVoteResp", j, i, mterm, mreject) \in msgs
  /\ IF mterm > term[i]
     THEN /\ BecomeFollower(i, mterm, None)
          /\ UNCHANGED <<commit, log, msgs>>
     ELSE IF mterm < term[i] \/ state[i] # "Candidate" \/ j \in granted[i] \cup rejected[i]
     THEN UNCHANGED <<state, term, vote, lead, commit, log, msgs, granted, rejected, prs>>
     ELSE LET g == IF mreject THEN granted[i] ELSE granted[i] \cup {j}
              r == IF mreject THEN rejected[i] \cup {j} ELSE rejected[i]
          IN IF Quorum(g)
             THEN LET P == [k \in Nodes |-> IF k = i THEN NoProgress ELSE Progress(Len(log[i]) + 1, 0, "Probe", FALSE)]
                      l == Append(log[i], term[i])
                      c == NewCommit(i, term[i], l, commit[i], P)
                      B == Broadcast(i, term[i], l, c, P)
                  IN /\ state' = [state EXCEPT ![i] = "Leader"]
                     /\ lead' = [lead EXCEPT ![i] = i]
                     /\ granted' = [granted EXCEPT ![i] = {}]
                     /\ rejected' = [rejected EXCEPT ![i] = {}]
                     /\ log' = [log EXCEPT ![i] = l]
                     /\ commit' = [commit EXCEPT ![i] = c]
                     /\ Send(B[1])
                     /\ prs' = [prs EXCEPT ![i] = B[2]]
                     /\ UNCHANGED <<term, vote>>
             ELSE IF VoteLost(r)
             THEN /\ BecomeFollower(i, term[i], None)
                  /\ UNCHANGED <<commit, log, msgs>>
             ELSE /\ granted' = [granted EXCEPT ![i] = g]
                  /\ rejected' = [rejected EXCEPT ![i] = r]
                  /\ UNCHANGED <<state, term, vote, lead, commit, log, msgs, prs>>
  /\ UNCHANGED <<up, crashes, beats>>

\* raftLog.maybeAppend's log: entries after the first that conflicts with the log replace its tail;
\* entries the log already has are kept (a stale or repeated append never shortens the log).
Merge(l, index, ents) ==
  LET conflicts == {k \in 1..Len(ents) : TermAt(l, index + k) # ents[k]}
  IN IF conflicts = {} THEN l
     ELSE LET k == CHOOSE x \in conflicts : \A y \in conflicts : x <= y
          IN SubSeq(l, 1, index + k - 1) \o SubSeq(ents, k, Len(ents))

\* handleAppendEntries of node i (a follower of term mterm by now, log l, commit c) for an append from j.
AcceptAppend(i, j, mterm, mindex, mlogTerm, mentries, mcommit, l, c) ==
  IF mindex < c
  THEN /\ Send({AppResp(i, j, mterm, c, FALSE, 0, 0)})
       /\ UNCHANGED <<log, commit>>
  ELSE IF TermAt(l, mindex) = mlogTerm
  THEN LET last == mindex + Len(mentries)
       IN /\ log' = [log EXCEPT ![i] = Merge(l, mindex, mentries)]
          /\ commit' = [commit EXCEPT ![i] = Max(c, Min(mcommit, last))]
          /\ Send({AppResp(i, j, mterm, last, FALSE, 0, 0)})
  ELSE LET hint == ConflictByTerm(l, Min(mindex, Len(l)), mlogTerm)
       IN /\ Send({AppResp(i, j, mterm, mindex, TRUE, hint, TermAt(l, hint))})
          /\ UNCHANGED <<log, commit>>

(***************************************************************************)
(* Append from j (the leader of term mterm): prev index mindex with term  *)
(* mlogTerm, the entries' terms, the leader's commit.  An earlier term is *)
(* answered with an empty response of the receiver's term (pre-vote is    *)
(* on); otherwise the receiver follows j in that term and appends.        *)
(***************************************************************************)
HandleAppend(i, j, mterm, mindex, mlogTerm, mentries, mcommit) ==
  /\ up[i]
  /\ Msg("MsgApp", j, i, mterm, mindex, mlogTerm, mentries, mcommit, FALSE, 0) \in msgs
  /\ IF mterm < term[i]
     THEN /\ Send({AppResp(i, j, term[i], 0, FALSE, 0, 0)})
          /\ UNCHANGED <<state, term, vote, lead, commit, log, granted, rejected, prs>>
     ELSE IF mterm = term[i] /\ state[i] = "Leader"
     THEN UNCHANGED <<state, term, vote, lead, commit, log, msgs, granted, rejected, prs>>
     ELSE /\ BecomeFollower(i, mterm, j)
          /\ AcceptAppend(i, j, mterm, mindex, mlogTerm, mentries, mcommit, log[i], commit[i])
  /\ UNCHANGED <<up, crashes, beats>>

\* Heartbeat from j: like an append without entries, it makes the receiver follow j, and moves the
\* commit index up to what the heartbeat carries.
HandleHeartbeat(i, j, mterm, mcommit) ==
  /\ up[i]
  /\ Msg("MsgHeartbeat", j, i, mterm, 0, 0, <<>>, mcommit, FALSE, 0) \in msgs
  /\ IF mterm < term[i]
     THEN /\ Send({AppResp(i, j, term[i], 0, FALSE, 0, 0)})
          /\ UNCHANGED <<state, term, vote, lead, commit, granted, rejected, prs>>
     ELSE IF mterm = term[i] /\ state[i] = "Leader"
     THEN UNCHANGED <<state, term, vote, lead, commit, msgs, granted, rejected, prs>>
     ELSE /\ BecomeFollower(i, mterm, j)
          /\ UNCHANGED commit
          /\ Send({Reply("MsgHeartbeatResp", i, j, mterm, FALSE)})
  /\ UNCHANGED <<up, log, crashes, beats>>

\* The leader's side of a refused append (MaybeDecrTo, then BecomeProbe in replicate state): whether
\* the refusal is current, and j's progress after it.
Decrease(p, mindex, hint) ==
  IF p.state = "Replicate"
  THEN IF mindex <= p.match THEN <<FALSE, p>> ELSE <<TRUE, Progress(p.match + 1, p.match, "Probe", FALSE)>>
  ELSE IF p.next - 1 # mindex THEN <<FALSE, p>>
  ELSE <<TRUE, [p EXCEPT !.next = Max(Min(mindex, hint + 1), 1), !.sent = FALSE]>>

(***************************************************************************)
(* Append response from j.  A later term makes the receiver a follower.   *)
(* The leader of that term raises j's Match on a success (which may       *)
(* commit, and moves j to replicate state) and sends what j still lacks;  *)
(* on a refusal it moves j's next index back to where the logs may agree  *)
(* and probes again.                                                       *)
(***************************************************************************)
HandleAppendResponse(i, j, mterm, mindex, mreject, mhint, mlogTerm) ==
  /\ up[i]
  /\ AppResp(j, i, mterm, mindex, mreject, mhint, mlogTerm) \in msgs
  /\ IF mterm > term[i]
     THEN /\ BecomeFollower(i, mterm, None)
          /\ UNCHANGED <<commit, msgs>>
     ELSE IF mterm < term[i] \/ state[i] # "Leader"
     THEN UNCHANGED <<state, term, vote, lead, commit, msgs, granted, rejected, prs>>
     ELSE LET p == prs[i][j]
              t == term[i]
              l == log[i]
          IN IF mreject
             THEN LET hint == IF mlogTerm > 0 THEN ConflictByTerm(l, mhint, mlogTerm) ELSE mhint
                      D == Decrease(p, mindex, hint)
                      S == MaybeSend(i, j, t, l, commit[i], D[2], TRUE)
                  IN IF D[1]
                     THEN /\ Send(S[1])
                          /\ prs' = [prs EXCEPT ![i][j] = S[2]]
                          /\ UNCHANGED <<state, term, vote, lead, commit, granted, rejected>>
                     ELSE UNCHANGED <<state, term, vote, lead, commit, msgs, granted, rejected, prs>>
             ELSE IF mindex <= p.match
             THEN UNCHANGED <<state, term, vote, lead, commit, msgs, granted, rejected, prs>>
             ELSE LET paused == p.state = "Probe" /\ p.sent
                      \* MaybeUpdate, then BecomeReplicate from probe state
                      p1 == Progress(IF p.state = "Probe" THEN mindex + 1 ELSE Max(p.next, mindex + 1), mindex,
                                     "Replicate", FALSE)
                      P1 == [prs[i] EXCEPT ![j] = p1]
                      c == NewCommit(i, t, l, commit[i], P1)
                      \* everyone hears of a new commit index; else j does if it was paused
                      B == IF c > commit[i] THEN Broadcast(i, t, l, c, P1)
                           ELSE IF paused THEN LET S == MaybeSend(i, j, t, l, c, p1, TRUE)
                                               IN <<S[1], [P1 EXCEPT ![j] = S[2]]>>
                           ELSE <<{}, P1>>
                      \* then whatever j still lacks, if anything
                      L == MaybeSend(i, j, t, l, c, B[2][j], FALSE)
                  IN /\ commit' = [commit EXCEPT ![i] = c]
                     /\ Send(B[1] \cup L[1])
                     /\ prs' = [prs EXCEPT ![i] = [B[2] EXCEPT ![j] = L[2]]]
                     /\ UNCHANGED <<state, term, vote, lead, granted, rejected>>
  /\ UNCHANGED <<up, log, crashes, beats>>

\* Heartbeat response from j: the probe is answered, and the leader sends j an append when j lacks part
\* of its log.
HandleHeartbeatResponse(i, j, mterm) ==
  /\ up[i]
  /\ Reply("MsgHeartbeatResp", j, i, mterm, FALSE) \in msgs
  /\ IF mterm > term[i]
     THEN /\ BecomeFollower(i, mterm, None)
          /\ UNCHANGED msgs
     ELSE IF mterm < term[i] \/ state[i] # "Leader"
     THEN UNCHANGED <<state, term, vote, lead, msgs, granted, rejected, prs>>
     ELSE LET p == [prs[i][j] EXCEPT !.sent = FALSE]
              S == IF p.match < Len(log[i]) THEN MaybeSend(i, j, term[i], log[i], commit[i], p, TRUE) ELSE <<{}, p>>
          IN /\ Send(S[1])
             /\ prs' = [prs EXCEPT ![i][j] = S[2]]
             /\ UNCHANGED <<state, term, vote, lead, granted, rejected>>
  /\ UNCHANGED <<up, commit, log, crashes, beats>>

\* Every action: the timers, the client, crashes and restarts, and the delivery of any message sent
\* (each message to the handler of its kind).
Next ==
  \/ \E i \in Nodes : Timeout(i)
  \/ \E i \in Nodes : Heartbeat(i)
  \/ \E i \in Nodes : ClientRequest(i)
  \/ \E i \in Nodes : Crash(i)
  \/ \E i \in Nodes : Restart(i)
  \/ \E m \in msgs : m.type = "MsgPreVote" /\ HandlePreVote(m.to, m.from, m.term, m.index, m.logTerm)
  \/ \E m \in msgs : m.type = "MsgPreVoteResp" /\ HandlePreVoteResponse(m.to, m.from, m.term, m.reject)
  \/ \E m \in msgs : m.type = "MsgVote" /\ HandleVote(m.to, m.from, m.term, m.index, m.logTerm)
  \/ \E m \in msgs : m.type = "MsgVoteResp" /\ HandleVoteResponse(m.to, m.from, m.term, m.reject)
  \/ \E m \in msgs : m.type = "MsgApp" /\ HandleAppend(m.to, m.from, m.term, m.index, m.logTerm, m.entries, m.commit)
  \/ \E m \in msgs : m.type = "MsgAppResp" /\ HandleAppendResponse(m.to, m.from, m.term, m.index, m.reject, m.hint, m.logTerm)
  \/ \E m \in msgs : m.type = "MsgHeartbeat" /\ HandleHeartbeat(m.to, m.from, m.term, m.commit)
  \/ \E m \in msgs : m.type = "MsgHeartbeatResp" /\ HandleHeartbeatResponse(m.to, m.from, m.term)

\* Delivery of message m, whatever its kind.
Receive(m) ==
  CASE m.type = "MsgPreVote" -> HandlePreVote(m.to, m.from, m.term, m.index, m.logTerm)
    [] m.type = "MsgPreVoteResp" -> HandlePreVoteResponse(m.to, m.from, m.term, m.reject)
    [] m.type = "MsgVote" -> HandleVote(m.to, m.from, m.term, m.index, m.logTerm)
    [] m.type = "MsgVoteResp" -> HandleVoteResponse(m.to, m.from, m.term, m.reject)
    [] m.type = "MsgApp" -> HandleAppend(m.to, m.from, m.term, m.index, m.logTerm, m.entries, m.commit)
    [] m.type = "MsgAppResp" -> HandleAppendResponse(m.to, m.from, m.term, m.index, m.reject, m.hint, m.logTerm)
    [] m.type = "MsgHeartbeat" -> HandleHeartbeat(m.to, m.from, m.term, m.commit)
    [] m.type = "MsgHeartbeatResp" -> HandleHeartbeatResponse(m.to, m.from, m.term)

\* Election timers keep firing while the model's terms allow, and the network keeps delivering messages
\* that change something at their receiver.
Fairness ==
  /\ WF_vars(\E i \in Nodes : Timeout(i))
  /\ WF_vars(\E m \in msgs : Receive(m))

Spec == Init /\ [][Next]_vars /\ Fairness
=============================================================================
