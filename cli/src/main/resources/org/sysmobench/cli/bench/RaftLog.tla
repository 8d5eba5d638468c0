------------------------------- MODULE RaftLog -------------------------------
(***************************************************************************)
(* A Raft-style replicated log: leader election, log replication, commit  *)
(* and client requests, over an unordered network that may drop and       *)
(* duplicate messages. Written for SysMoBench's SANY benchmark: a spec of  *)
(* the size and shape LLMs produce for a consensus task.                   *)
(***************************************************************************)
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC

CONSTANTS
  Server,          \* the set of server ids
  Value,           \* the values clients may submit
  MaxTerm,         \* bound on terms, for model checking
  MaxLogLength,    \* bound on log lengths, for model checking
  MaxRestarts,     \* bound on crashes
  Nil              \* a model value distinct from every server

ASSUME /\ IsFiniteSet(Server)
       /\ Cardinality(Server) >= 1
       /\ MaxTerm \in Nat \ {0}
       /\ MaxLogLength \in Nat
       /\ MaxRestarts \in Nat
       /\ Nil \notin Server

----------------------------------------------------------------------------
(* Server states and message types. *)

Follower  == "follower"
Candidate == "candidate"
Leader    == "leader"

RequestVoteRequest    == "rvq"
RequestVoteResponse   == "rvp"
AppendEntriesRequest  == "apq"
AppendEntriesResponse == "app"

----------------------------------------------------------------------------
(* Variables. *)

VARIABLES
  currentTerm,     \* currentTerm[s]: the latest term s has seen
  state,           \* state[s]: Follower, Candidate or Leader
  votedFor,        \* votedFor[s]: the candidate s voted for in its term, or Nil
  log,             \* log[s]: a sequence of entries [term, value]
  commitIndex,     \* commitIndex[s]: the highest index s knows is committed
  votesGranted,    \* votesGranted[s]: the servers that voted for candidate s
  nextIndex,       \* nextIndex[s][t]: next entry leader s sends to t
  matchIndex,      \* matchIndex[s][t]: highest entry known replicated on t
  messages,        \* a bag of messages: message -> number of copies
  restarts,        \* how many crashes happened so far
  history          \* the values clients saw committed, in order

serverVars    == <<currentTerm, state, votedFor>>
logVars       == <<log, commitIndex>>
candidateVars == <<votesGranted>>
leaderVars    == <<nextIndex, matchIndex>>
vars == <<serverVars, logVars, candidateVars, leaderVars, messages, restarts, history>>

----------------------------------------------------------------------------
(* Helpers. *)

Quorum == {Q \in SUBSET Server : Cardinality(Q) * 2 > Cardinality(Server)}

LastTerm(xlog) == IF Len(xlog) = 0 THEN 0 ELSE xlog[Len(xlog)].term

Min(a, b) == IF a < b THEN a ELSE b

Max(a, b) == IF a > b THEN a ELSE b

MaxOf(S) == CHOOSE x \in S : \A y \in S : x >= y

\* Add one copy of m to the bag.
WithMessage(m, msgs) ==
  IF m \in DOMAIN msgs
    THEN [msgs EXCEPT ![m] = @ + 1]
    ELSE msgs @@ (m :> 1)

\* Remove one copy of m from the bag.
WithoutMessage(m, msgs) ==
  IF m \in DOMAIN msgs
    THEN [msgs EXCEPT ![m] = IF @ > 0 THEN @ - 1 ELSE 0]
    ELSE msgs

Send(m) == messages' = WithMessage(m, messages)

Discard(m) == messages' = WithoutMessage(m, messages)

Reply(response, request) ==
  messages' = WithoutMessage(request, WithMessage(response, messages))

InFlight == {m \in DOMAIN messages : messages[m] > 0}

\* Whether log a is at least as up to date as the candidate's (lastTerm, lastIndex).
UpToDate(a, lastTerm, lastIndex) ==
  \/ lastTerm > LastTerm(a)
  \/ /\ lastTerm = LastTerm(a)
     /\ lastIndex >= Len(a)

\* The largest index replicated on a quorum, as seen by leader i.
AgreeIndex(i) ==
  LET Agree(index) == {i} \cup {k \in Server : matchIndex[i][k] >= index}
      agreeIndexes == {index \in 1..Len(log[i]) : Agree(index) \in Quorum}
  IN IF agreeIndexes = {} THEN 0 ELSE MaxOf(agreeIndexes)

Committed(i) ==
  [n \in 1..commitIndex[i] |-> log[i][n].value]

----------------------------------------------------------------------------
(* Initial state. *)

InitServerVars ==
  /\ currentTerm = [i \in Server |-> 1]
  /\ state       = [i \in Server |-> Follower]
  /\ votedFor    = [i \in Server |-> Nil]

InitCandidateVars ==
  votesGranted = [i \in Server |-> {}]

InitLeaderVars ==
  /\ nextIndex  = [i \in Server |-> [j \in Server |-> 1]]
  /\ matchIndex = [i \in Server |-> [j \in Server |-> 0]]

InitLogVars ==
  /\ log         = [i \in Server |-> << >>]
  /\ commitIndex = [i \in Server |-> 0]

Init ==
  /\ InitServerVars
  /\ InitCandidateVars
  /\ InitLeaderVars
  /\ InitLogVars
  /\ messages = [m \in {} |-> 0]
  /\ restarts = 0
  /\ history = << >>

----------------------------------------------------------------------------
(* Local steps of one server. *)

\* Server i crashes and restarts: it keeps its term, vote and log.
Restart(i) ==
  /\ restarts < MaxRestarts
  /\ restarts' = restarts + 1
  /\ state'        = [state EXCEPT ![i] = Follower]
  /\ votesGranted' = [votesGranted EXCEPT ![i] = {}]
  /\ nextIndex'    = [nextIndex EXCEPT ![i] = [j \in Server |-> 1]]
  /\ matchIndex'   = [matchIndex EXCEPT ![i] = [j \in Server |-> 0]]
  /\ commitIndex'  = [commitIndex EXCEPT ![i] = 0]
  /\ UNCHANGED <<currentTerm, votedFor, log, messages, history>>

\* Server i times out and starts an election.
Timeout(i) ==
  /\ state[i] \in {Follower, Candidate}
  /\ currentTerm[i] < MaxTerm
  /\ state'        = [state EXCEPT ![i] = Candidate]
  /\ currentTerm'  = [currentTerm EXCEPT ![i] = currentTerm[i] + 1]
  /\ votedFor'     = [votedFor EXCEPT ![i] = i]
  /\ votesGranted' = [votesGranted EXCEPT ![i] = {i}]
  /\ UNCHANGED <<messages, leaderVars, logVars, restarts, history>>

\* Candidate i asks server j for a vote.
RequestVote(i, j) ==
  /\ state[i] = Candidate
  /\ j \notin votesGranted[i]
  /\ Send([mtype         |-> RequestVoteRequest,
           mterm         |-> currentTerm[i],
           mlastLogTerm  |-> LastTerm(log[i]),
           mlastLogIndex |-> Len(log[i]),
           msource       |-> i,
           mdest         |-> j])
  /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars, restarts, history>>

\* Leader i sends j the entries j is missing (at most one at a time).
AppendEntries(i, j) ==
  /\ i /= j
  /\ state[i] = Leader
  /\ LET prevLogIndex == nextIndex[i][j] - 1
         prevLogTerm  == IF prevLogIndex > 0 THEN log[i][prevLogIndex].term ELSE 0
         lastEntry    == Min(Len(log[i]), nextIndex[i][j])
         entries      == SubSeq(log[i], nextIndex[i][j], lastEntry)
     IN Send([mtype          |-> AppendEntriesRequest,
              mterm          |-> currentTerm[i],
              mprevLogIndex  |-> prevLogIndex,
              mprevLogTerm   |-> prevLogTerm,
              mentries       |-> entries,
              mcommitIndex   |-> Min(commitIndex[i], lastEntry),
              msource        |-> i,
              mdest          |-> j])
  /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars, restarts, history>>

\* Candidate i has votes from a quorum and becomes leader.
BecomeLeader(i) ==
  /\ state[i] = Candidate
  /\ votesGranted[i] \in Quorum
  /\ state'      = [state EXCEPT ![i] = Leader]
  /\ nextIndex'  = [nextIndex EXCEPT ![i] = [j \in Server |-> Len(log[i]) + 1]]
  /\ matchIndex' = [matchIndex EXCEPT ![i] = [j \in Server |-> 0]]
  /\ UNCHANGED <<messages, currentTerm, votedFor, candidateVars, logVars, restarts, history>>

\* Leader i receives a client request to add v to the log.
ClientRequest(i, v) ==
  /\ state[i] = Leader
  /\ Len(log[i]) < MaxLogLength
  /\ LET entry == [term |-> currentTerm[i], value |-> v]
     IN log' = [log EXCEPT ![i] = Append(log[i], entry)]
  /\ UNCHANGED <<messages, serverVars, candidateVars, leaderVars, commitIndex, restarts, history>>

\* Leader i advances its commit index to what a quorum has replicated,
\* but only for entries of its own term (Raft's commitment rule).
AdvanceCommitIndex(i) ==
  /\ state[i] = Leader
  /\ LET newCommitIndex ==
           IF AgreeIndex(i) > 0 /\ log[i][AgreeIndex(i)].term = currentTerm[i]
             THEN AgreeIndex(i)
             ELSE commitIndex[i]
     IN /\ newCommitIndex > commitIndex[i]
        /\ commitIndex' = [commitIndex EXCEPT ![i] = newCommitIndex]
        /\ history' = history \o SubSeq([n \in 1..Len(log[i]) |-> log[i][n].value],
                                         commitIndex[i] + 1, newCommitIndex)
  /\ UNCHANGED <<messages, serverVars, candidateVars, leaderVars, log, restarts>>

----------------------------------------------------------------------------
(* Message handlers. *)

HandleRequestVoteRequest(i, j, m) ==
  LET logOk == UpToDate(log[i], m.mlastLogTerm, m.mlastLogIndex)
      grant == /\ m.mterm = currentTerm[i]
               /\ logOk
               /\ votedFor[i] \in {Nil, j}
  IN /\ m.mterm <= currentTerm[i]
     /\ \/ grant  /\ votedFor' = [votedFor EXCEPT ![i] = j]
        \/ ~grant /\ UNCHANGED votedFor
     /\ Reply([mtype        |-> RequestVoteResponse,
               mterm        |-> currentTerm[i],
               mvoteGranted |-> grant,
               msource      |-> i,
               mdest        |-> j],
               m)
     /\ UNCHANGED <<state, currentTerm, candidateVars, leaderVars, logVars, restarts, history>>

HandleRequestVoteResponse(i, j, m) ==
  /\ m.mterm = currentTerm[i]
  /\ \/ /\ m.mvoteGranted
        /\ votesGranted' = [votesGranted EXCEPT ![i] = votesGranted[i] \cup {j}]
     \/ /\ ~m.mvoteGranted
        /\ UNCHANGED votesGranted
  /\ Discard(m)
  /\ UNCHANGED <<serverVars, votedFor, leaderVars, logVars, restarts, history>>

RejectAppendEntriesRequest(i, j, m, logOk) ==
  /\ \/ m.mterm < currentTerm[i]
     \/ /\ m.mterm = currentTerm[i]
        /\ state[i] = Follower
        /\ ~logOk
  /\ Reply([mtype        |-> AppendEntriesResponse,
            mterm        |-> currentTerm[i],
            msuccess     |-> FALSE,
            mmatchIndex  |-> 0,
            msource      |-> i,
            mdest        |-> j],
            m)
  /\ UNCHANGED <<serverVars, logVars, restarts, history>>

ReturnToFollowerState(i, m) ==
  /\ m.mterm = currentTerm[i]
  /\ state[i] = Candidate
  /\ state' = [state EXCEPT ![i] = Follower]
  /\ UNCHANGED <<currentTerm, votedFor, logVars, messages, restarts, history>>

AppendEntriesAlreadyDone(i, j, index, m) ==
  /\ \/ m.mentries = << >>
     \/ /\ m.mentries /= << >>
        /\ Len(log[i]) >= index
        /\ log[i][index].term = m.mentries[1].term
  /\ commitIndex' = [commitIndex EXCEPT ![i] = m.mcommitIndex]
  /\ Reply([mtype        |-> AppendEntriesResponse,
            mterm        |-> currentTerm[i],
            msuccess     |-> TRUE,
            mmatchIndex  |-> m.mprevLogIndex + Len(m.mentries),
            msource      |-> i,
            mdest        |-> j],
            m)
  /\ UNCHANGED <<serverVars, log, restarts, history>>

ConflictAppendEntriesRequest(i, index, m) ==
  /\ m.mentries /= << >>
  /\ Len(log[i]) >= index
  /\ log[i][index].term /= m.mentries[1].term
  /\ LET new == [k \in 1..(Len(log[i]) - 1) |-> log[i][k]]
     IN log' = [log EXCEPT ![i] = new]
  /\ UNCHANGED <<serverVars, commitIndex, messages, restarts, history>>

NoConflictAppendEntriesRequest(i, m) ==
  /\ m.mentries /= << >>
  /\ Len(log[i]) = m.mprevLogIndex
  /\ log' = [log EXCEPT ![i] = Append(log[i], m.mentries[1])]
  /\ UNCHANGED <<serverVars, commitIndex, messages, restarts, history>>

AcceptAppendEntriesRequest(i, j, logOk, m) ==
  LET index == m.mprevLogIndex + 1
  IN /\ m.mterm = currentTerm[i]
     /\ state[i] = Follower
     /\ logOk
     /\ \/ AppendEntriesAlreadyDone(i, j, index, m)
        \/ ConflictAppendEntriesRequest(i, index, m)
        \/ NoConflictAppendEntriesRequest(i, m)

HandleAppendEntriesRequest(i, j, m) ==
  LET logOk == \/ m.mprevLogIndex = 0
               \/ /\ m.mprevLogIndex > 0
                  /\ m.mprevLogIndex <= Len(log[i])
                  /\ m.mprevLogTerm = log[i][m.mprevLogIndex].term
  IN /\ m.mterm <= currentTerm[i]
     /\ \/ RejectAppendEntriesRequest(i, j, m, logOk)
        \/ ReturnToFollowerState(i, m)
        \/ AcceptAppendEntriesRequest(i, j, logOk, m)
     /\ UNCHANGED <<candidateVars, leaderVars>>

HandleAppendEntriesResponse(i, j, m) ==
  /\ m.mterm = currentTerm[i]
  /\ \/ /\ m.msuccess
        /\ nextIndex'  = [nextIndex  EXCEPT ![i][j] = m.mmatchIndex + 1]
        /\ matchIndex' = [matchIndex EXCEPT ![i][j] = m.mmatchIndex]
     \/ /\ ~m.msuccess
        /\ nextIndex' = [nextIndex EXCEPT ![i][j] = Max(nextIndex[i][j] - 1, 1)]
        /\ UNCHANGED matchIndex
  /\ Discard(m)
  /\ UNCHANGED <<serverVars, candidateVars, logVars, restarts, history>>

\* Any message with a newer term makes the receiver a follower of that term first.
UpdateTerm(i, j, m) ==
  /\ m.mterm > currentTerm[i]
  /\ currentTerm' = [currentTerm EXCEPT ![i] = m.mterm]
  /\ state'       = [state       EXCEPT ![i] = Follower]
  /\ votedFor'    = [votedFor    EXCEPT ![i] = Nil]
  /\ UNCHANGED <<messages, candidateVars, leaderVars, logVars, restarts, history>>

\* Responses from older terms are dropped.
DropStaleResponse(i, j, m) ==
  /\ m.mterm < currentTerm[i]
  /\ Discard(m)
  /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars, restarts, history>>

Receive(m) ==
  LET i == m.mdest
      j == m.msource
  IN \/ UpdateTerm(i, j, m)
     \/ /\ m.mtype = RequestVoteRequest
        /\ HandleRequestVoteRequest(i, j, m)
     \/ /\ m.mtype = RequestVoteResponse
        /\ \/ DropStaleResponse(i, j, m)
           \/ HandleRequestVoteResponse(i, j, m)
     \/ /\ m.mtype = AppendEntriesRequest
        /\ HandleAppendEntriesRequest(i, j, m)
     \/ /\ m.mtype = AppendEntriesResponse
        /\ \/ DropStaleResponse(i, j, m)
           \/ HandleAppendEntriesResponse(i, j, m)

----------------------------------------------------------------------------
(* Network faults. *)

DuplicateMessage(m) ==
  /\ Send(m)
  /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars, restarts, history>>

DropMessage(m) ==
  /\ Discard(m)
  /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars, restarts, history>>

----------------------------------------------------------------------------
(* The specification. *)

Next ==
  \/ \E i \in Server : Restart(i)
  \/ \E i \in Server : Timeout(i)
  \/ \E i, j \in Server : RequestVote(i, j)
  \/ \E i \in Server : BecomeLeader(i)
  \/ \E i \in Server, v \in Value : ClientRequest(i, v)
  \/ \E i \in Server : AdvanceCommitIndex(i)
  \/ \E i, j \in Server : AppendEntries(i, j)
  \/ \E m \in InFlight : Receive(m)
  \/ \E m \in InFlight : DuplicateMessage(m)
  \/ \E m \in InFlight : DropMessage(m)

Fairness ==
  /\ \A i \in Server : WF_vars(AdvanceCommitIndex(i))
  /\ \A i, j \in Server : WF_vars(AppendEntries(i, j))

Spec == Init /\ [][Next]_vars

LiveSpec == Spec /\ Fairness

----------------------------------------------------------------------------
(* Properties. *)

TypeOK ==
  /\ currentTerm \in [Server -> Nat \ {0}]
  /\ state \in [Server -> {Follower, Candidate, Leader}]
  /\ votedFor \in [Server -> Server \cup {Nil}]
  /\ commitIndex \in [Server -> Nat]
  /\ votesGranted \in [Server -> SUBSET Server]
  /\ \A i \in Server : \A n \in DOMAIN log[i] : log[i][n].value \in Value
  /\ restarts \in 0..MaxRestarts

\* At most one leader per term.
ElectionSafety ==
  \A i, j \in Server :
    (state[i] = Leader /\ state[j] = Leader /\ currentTerm[i] = currentTerm[j]) => i = j

\* Two logs with an entry of the same index and term agree on everything up to it.
LogMatching ==
  \A i, j \in Server :
    \A n \in 1..Min(Len(log[i]), Len(log[j])) :
      log[i][n].term = log[j][n].term =>
        SubSeq(log[i], 1, n) = SubSeq(log[j], 1, n)

\* Committed prefixes never disagree.
StateMachineSafety ==
  \A i, j \in Server :
    LET n == Min(commitIndex[i], commitIndex[j])
    IN \A k \in 1..n : log[i][k] = log[j][k]

\* A leader's log holds every entry committed in earlier terms.
LeaderCompleteness ==
  \A i \in Server :
    state[i] = Leader =>
      \A j \in Server :
        \A k \in 1..commitIndex[j] :
          log[j][k].term < currentTerm[i] =>
            /\ k <= Len(log[i])
            /\ log[i][k] = log[j][k]

\* What clients saw committed is a prefix of every longer committed log.
HistoryIsCommitted ==
  \A i \in Server :
    commitIndex[i] >= Len(history) =>
      SubSeq(Committed(i), 1, Len(history)) = history

Inv ==
  /\ TypeOK
  /\ ElectionSafety
  /\ LogMatching
  /\ StateMachineSafety
  /\ LeaderCompleteness

\* Eventually some value is committed (under fairness, with a stable leader).
EventuallyCommitted == <>(Len(history) > 0)

\* Model-checking helpers.
Symmetry == Permutations(Server)

StateBound ==
  /\ \A i \in Server : currentTerm[i] <= MaxTerm
  /\ \A i \in Server : Len(log[i]) <= MaxLogLength
  /\ \A m \in DOMAIN messages : messages[m] <= 2
=============================================================================
