---- MODULE SpscQueue ----
\* Discrimination mutant: offerSlowPath returns false without reading the slot at the producer index
\* (its null != lvElement branch taken always), so any offer may be refused.
\* Reference model of JCTools' SpscArrayQueue as its traced operations show it: a bounded FIFO ring
\* buffer with a producer index (tail) and a consumer index (head); the producer offers 1, 2, 3, ...
\* and a full queue refuses an offer, an empty queue answers a poll with nothing.
EXTENDS Naturals, Sequences
CONSTANTS Capacity, MaxValue
VARIABLES head, tail, buf
vars == <<head, tail, buf>>

Init == head = 0 /\ tail = 0 /\ buf = <<>>

Offer(v) ==
  /\ tail - head < Capacity
  /\ tail < MaxValue
  /\ v = tail + 1
  /\ buf' = Append(buf, v)
  /\ tail' = tail + 1
  /\ UNCHANGED head

OfferFull ==
  /\ UNCHANGED vars

Poll(v) ==
  /\ buf # <<>>
  /\ v = Head(buf)
  /\ buf' = Tail(buf)
  /\ head' = head + 1
  /\ UNCHANGED tail

PollEmpty ==
  /\ buf = <<>>
  /\ UNCHANGED vars

Next == (\E v \in 1..MaxValue : Offer(v) \/ Poll(v)) \/ OfferFull \/ PollEmpty

\* The consumer keeps polling: every element offered is eventually taken.
Spec == Init /\ [][Next]_vars /\ WF_vars(\E v \in 1..MaxValue : Poll(v))
====
