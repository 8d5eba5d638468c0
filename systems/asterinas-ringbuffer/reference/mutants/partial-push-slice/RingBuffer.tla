---- MODULE RingBuffer ----
\* Reference model of the Asterinas kernel's lock-free SPSC ring buffer: a power-of-two array with a
\* head position (consumer), a tail position (producer), both wrapping around, and a length counter.
\* push/pop move one item; push_slice/pop_slice move n items all at once or nothing. The producer
\* pushes 1, 2, 3, ... in order.
EXTENDS Naturals, Sequences
CONSTANTS Capacity, MaxItems
VARIABLES head, tail, count, buf, pushed
vars == <<head, tail, count, buf, pushed>>

Init == head = 0 /\ tail = 0 /\ count = 0 /\ buf = <<>> /\ pushed = 0

PushN(n) ==
  /\ Capacity - count >= n
  /\ pushed + n <= MaxItems
  /\ buf' = buf \o [i \in 1..n |-> pushed + i]
  /\ tail' = (tail + n) % Capacity
  /\ count' = count + n
  /\ pushed' = pushed + n
  /\ UNCHANGED head

PopN(n) ==
  /\ n <= count
  /\ buf' = SubSeq(buf, n + 1, Len(buf))
  /\ head' = (head + n) % Capacity
  /\ count' = count - n
  /\ UNCHANGED <<tail, pushed>>

Push(v) == v = pushed + 1 /\ PushN(1)
PushFull == count = Capacity /\ UNCHANGED vars
PushSlice(n) == \/ PushN(n)
                \/ Capacity - count < n /\ count < Capacity /\ PushN(Capacity - count)
PushSliceFail(n) == Capacity - count < n /\ UNCHANGED vars
Pop(v) == count > 0 /\ v = Head(buf) /\ PopN(1)
PopEmpty == count = 0 /\ UNCHANGED vars
PopSlice(n) == PopN(n)
PopSliceFail(n) == n > count /\ UNCHANGED vars

Next ==
  \/ \E v \in 1..MaxItems : Push(v) \/ Pop(v)
  \/ PushFull \/ PopEmpty
  \/ \E n \in 1..Capacity : PushSlice(n) \/ PushSliceFail(n) \/ PopSlice(n) \/ PopSliceFail(n)

\* The consumer keeps taking items.
Spec == Init /\ [][Next]_vars /\ WF_vars(\E v \in 1..MaxItems : Pop(v))
====
