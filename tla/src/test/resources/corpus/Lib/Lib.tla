---- MODULE Lib ----
\* Uses our own library modules (resolved from the extracted library folder, SetToSeq via its Java override).
EXTENDS Naturals, Sequences, SequencesExt
VARIABLES s
Init == s = SetToSeq({3, 1, 2})
Next == s' = Append(Tail(s), Head(s))
Inv == ToSet(s) = {1, 2, 3} /\ Len(s) = 3
====
