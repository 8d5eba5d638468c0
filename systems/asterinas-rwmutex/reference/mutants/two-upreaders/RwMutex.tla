---- MODULE RwMutex ----
\* Reference model of the Asterinas OSTD read-write mutex: many readers or one writer, plus at most one
\* upgradeable reader that shares with readers, can announce an upgrade (which stops new readers) and
\* becomes the writer once the readers are gone; a writer can downgrade to an upgradeable reader.
\* Threads that cannot get what they want sleep on one wait queue; releases wake them.
EXTENDS Naturals
CONSTANTS Threads
VARIABLES role, upgrading, sleeping
vars == <<role, upgrading, sleeping>>

Roles == {"none", "read", "write", "upread"}
Others(t) == Threads \ {t}
NoWriter == \A u \in Threads : role[u] # "write"
NoUpreader == \A u \in Threads : role[u] # "upread"
NoReaders == \A u \in Threads : role[u] # "read"
Awake(t) == role[t] = "none" /\ t \notin sleeping

Init == role = [t \in Threads |-> "none"] /\ upgrading = FALSE /\ sleeping = {}

Take(t, r) == role' = [role EXCEPT ![t] = r] /\ UNCHANGED <<upgrading, sleeping>>

CanRead == NoWriter /\ ~upgrading
CanWrite(t) == \A u \in Others(t) : role[u] = "none"
CanUpread == NoWriter

Read(t) == Awake(t) /\ CanRead /\ Take(t, "read")
TryRead(t) == Awake(t) /\ CanRead /\ Take(t, "read")
TryReadFail(t) == Awake(t) /\ ~CanRead /\ UNCHANGED vars
Write(t) == Awake(t) /\ CanWrite(t) /\ Take(t, "write")
TryWrite(t) == Awake(t) /\ CanWrite(t) /\ Take(t, "write")
TryWriteFail(t) == Awake(t) /\ ~CanWrite(t) /\ UNCHANGED vars
Upread(t) == Awake(t) /\ CanUpread /\ Take(t, "upread")
TryUpread(t) == Awake(t) /\ CanUpread /\ Take(t, "upread")
TryUpreadFail(t) == Awake(t) /\ ~CanUpread /\ UNCHANGED vars

\* read(), write() or upread() cannot proceed: the thread sleeps on the wait queue.
Sleep(t) ==
  /\ Awake(t)
  /\ ~CanRead \/ ~CanWrite(t) \/ ~CanUpread
  /\ \E u \in Others(t) : role[u] # "none"
  /\ sleeping' = sleeping \cup {t}
  /\ UNCHANGED <<role, upgrading>>

\* The last reader leaving wakes one sleeper.
ReadUnlock(t) ==
  /\ role[t] = "read"
  /\ role' = [role EXCEPT ![t] = "none"]
  /\ IF (\A u \in Others(t) : role[u] = "none") /\ sleeping # {}
       THEN \E s \in sleeping : sleeping' = sleeping \ {s}
       ELSE UNCHANGED sleeping
  /\ UNCHANGED upgrading

\* A writer leaving wakes every sleeper.
WriteUnlock(t) ==
  /\ role[t] = "write"
  /\ role' = [role EXCEPT ![t] = "none"]
  /\ sleeping' = {}
  /\ UNCHANGED upgrading

\* The upgradeable reader leaving wakes every sleeper if nobody else holds the mutex.
UpreadUnlock(t) ==
  /\ role[t] = "upread" /\ ~upgrading
  /\ role' = [role EXCEPT ![t] = "none"]
  /\ sleeping' = IF \A u \in Others(t) : role[u] = "none" THEN {} ELSE sleeping
  /\ UNCHANGED upgrading

\* upgrade() announces itself: new readers are refused from now on.
StartUpgrade(t) == role[t] = "upread" /\ ~upgrading /\ upgrading' = TRUE /\ UNCHANGED <<role, sleeping>>

\* The announced upgrade completes once the readers are gone.
Upgrade(t) ==
  /\ role[t] = "upread" /\ upgrading /\ NoReaders
  /\ role' = [role EXCEPT ![t] = "write"]
  /\ upgrading' = FALSE
  /\ UNCHANGED sleeping

\* A writer becomes the upgradeable reader at once, and wakes every sleeper.
Downgrade(t) ==
  /\ role[t] = "write"
  /\ role' = [role EXCEPT ![t] = "upread"]
  /\ sleeping' = {}
  /\ UNCHANGED upgrading

Next ==
  \E t \in Threads :
    \/ Read(t) \/ TryRead(t) \/ TryReadFail(t) \/ Write(t) \/ TryWrite(t) \/ TryWriteFail(t)
    \/ Upread(t) \/ TryUpread(t) \/ TryUpreadFail(t) \/ Sleep(t)
    \/ ReadUnlock(t) \/ WriteUnlock(t) \/ UpreadUnlock(t) \/ StartUpgrade(t) \/ Upgrade(t) \/ Downgrade(t)

Spec == Init /\ [][Next]_vars /\ \A t \in Threads : WF_vars(ReadUnlock(t)) /\ WF_vars(Upgrade(t))
====
