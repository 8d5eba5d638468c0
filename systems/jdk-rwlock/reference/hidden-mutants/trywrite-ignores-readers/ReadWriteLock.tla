---- MODULE ReadWriteLock ----
\* Hidden mutant (invariants track, never shown to agents): a write tryLock checks other writers but not other readers.
\* Reference model of java.util.concurrent.locks.ReentrantReadWriteLock (JDK 17) as its traced events
\* show it: shared re-entrant read holds, an exclusive re-entrant write hold, downgrading (a writer may
\* take the read lock), non-blocking tryLocks, and waiters that park until another thread unparks them.
EXTENDS Naturals
CONSTANTS Threads, MaxHolds
VARIABLES reads, writes, blocked, permit
vars == <<reads, writes, blocked, permit>>

Running(t) == t \notin blocked
\* No other thread writes: t may read (also while it writes itself: the downgrade).
CanRead(t) == \A u \in Threads \ {t} : writes[u] = 0
\* No other thread reads or writes, and t does not only read (no upgrade).
CanWrite(t) ==
  /\ \A u \in Threads \ {t} : reads[u] = 0 /\ writes[u] = 0
  /\ reads[t] = 0 \/ writes[t] > 0

Init ==
  /\ reads = [t \in Threads |-> 0]
  /\ writes = [t \in Threads |-> 0]
  /\ blocked = {}
  /\ permit = [t \in Threads |-> FALSE]

TakeRead(t) ==
  /\ Running(t) /\ CanRead(t) /\ reads[t] < MaxHolds
  /\ reads' = [reads EXCEPT ![t] = @ + 1]
  /\ UNCHANGED <<writes, blocked, permit>>

TakeWrite(t) ==
  /\ Running(t) /\ CanWrite(t) /\ writes[t] < MaxHolds
  /\ writes' = [writes EXCEPT ![t] = @ + 1]
  /\ UNCHANGED <<reads, blocked, permit>>

ReadLock(t) == TakeRead(t)
TryReadLock(t) == TakeRead(t)
TryReadLockFail(t) == Running(t) /\ ~CanRead(t) /\ UNCHANGED vars

WriteLock(t) == TakeWrite(t)
TryWriteLock(t) ==
  /\ Running(t) /\ (\A u \in Threads \ {t} : writes[u] = 0) /\ writes[t] < MaxHolds
  /\ writes' = [writes EXCEPT ![t] = @ + 1]
  /\ UNCHANGED <<reads, blocked, permit>>
TryWriteLockFail(t) == Running(t) /\ ~CanWrite(t) /\ UNCHANGED vars

ReadUnlock(t) ==
  /\ Running(t) /\ reads[t] > 0
  /\ reads' = [reads EXCEPT ![t] = @ - 1]
  /\ UNCHANGED <<writes, blocked, permit>>

WriteUnlock(t) ==
  /\ Running(t) /\ writes[t] > 0
  /\ writes' = [writes EXCEPT ![t] = @ - 1]
  /\ UNCHANGED <<reads, blocked, permit>>

\* A waiter parks holding nothing: it consumes a permit, or blocks while another thread runs.
Park(t) ==
  /\ Running(t) /\ reads[t] = 0 /\ writes[t] = 0
  /\ \/ /\ permit[t]
        /\ permit' = [permit EXCEPT ![t] = FALSE]
        /\ UNCHANGED blocked
     \/ /\ ~permit[t]
        /\ \E o \in Threads \ {t} : Running(o)
        /\ blocked' = blocked \cup {t}
        /\ UNCHANGED permit
  /\ UNCHANGED <<reads, writes>>

\* Releasers wake the next waiter, and so do readers that just acquired (to let further readers in).
Unpark(t, u) ==
  /\ t # u /\ Running(t)
  /\ IF u \in blocked
       THEN blocked' = blocked \ {u} /\ UNCHANGED permit
       ELSE permit' = [permit EXCEPT ![u] = TRUE] /\ UNCHANGED blocked
  /\ UNCHANGED <<reads, writes>>

Next ==
  \E t \in Threads :
    \/ ReadLock(t) \/ TryReadLock(t) \/ TryReadLockFail(t) \/ ReadUnlock(t)
    \/ WriteLock(t) \/ TryWriteLock(t) \/ TryWriteLockFail(t) \/ WriteUnlock(t)
    \/ Park(t) \/ \E u \in Threads : Unpark(t, u)

Spec == Init /\ [][Next]_vars /\ \A u \in Threads : SF_vars(\E t \in Threads : Unpark(t, u))
====
