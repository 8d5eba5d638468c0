---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* Operators on finite sequences that specs commonly use, written for      *)
(* SysMoBench. Every operator has a plain TLA+ definition here; SetToSeq   *)
(* also has a Java override (org.sysmobench.tla.bridge.ops) that computes  *)
(* the same value faster.                                                  *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

(* The set of the elements of sequence s. *)
ToSet(s) == { s[i] : i \in DOMAIN s }

(* The elements of the finite set S as a sequence, each exactly once, in  *)
(* TLC's order of values (CHOOSE picks the least remaining element).      *)
SetToSeq(S) ==
  LET F[i \in 0..Cardinality(S)] ==
        IF i = 0 THEN <<>>
        ELSE Append(F[i - 1], CHOOSE x \in S \ { F[i - 1][j] : j \in 1..(i - 1) } : TRUE)
  IN F[Cardinality(S)]

(* The elements of S as a sequence sorted by the strict order lt. *)
SetToSortSeq(S, lt(_, _)) == SortSeq(SetToSeq(S), lt)

(* All sequences of elements of S whose length is at most n. *)
BoundedSeq(S, n) == UNION { [1..m -> S] : m \in 0..n }

(* s in reverse order. *)
Reverse(s) == [i \in 1..Len(s) |-> s[Len(s) - i + 1]]

(* s without any occurrence of e. *)
Remove(s, e) == SelectSeq(s, LAMBDA x : x # e)

(* s with the element at index i replaced by e. *)
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]

(* s with every occurrence of old replaced by new. *)
ReplaceAll(s, old, new) == [i \in 1..Len(s) |-> IF s[i] = old THEN new ELSE s[i]]

(* s with e inserted at index i (1 <= i <= Len(s) + 1). *)
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))

(* s without the element at index i. *)
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

(* e prepended to s. *)
Cons(e, s) == <<e>> \o s

(* s without its last element. *)
Front(s) == SubSeq(s, 1, Len(s) - 1)

(* The last element of a non-empty s. *)
Last(s) == s[Len(s)]

(* Whether s is a prefix of t. *)
IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s

(* Whether s is a prefix of t and shorter than t. *)
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ Len(s) < Len(t)

(* Whether s is a suffix of t. *)
IsSuffix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, Len(t) - Len(s) + 1, Len(t)) = s

(* Whether s is a suffix of t and shorter than t. *)
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ Len(s) < Len(t)

(* Whether e occurs in s. *)
Contains(s, e) == \E i \in 1..Len(s) : s[i] = e

(* The least index i with Test(s[i]), or 0 when there is none. *)
SelectInSeq(s, Test(_)) ==
  LET I == { i \in 1..Len(s) : Test(s[i]) }
  IN IF I = {} THEN 0 ELSE CHOOSE i \in I : \A j \in I : i <= j

(* The greatest index i with Test(s[i]), or 0 when there is none. *)
SelectLastInSeq(s, Test(_)) ==
  LET I == { i \in 1..Len(s) : Test(s[i]) }
  IN IF I = {} THEN 0 ELSE CHOOSE i \in I : \A j \in I : i >= j

(* The set of indices of s whose element satisfies Test. *)
IndicesOf(s, Test(_)) == { i \in 1..Len(s) : Test(s[i]) }

(* op(...op(op(base, s[1]), s[2])..., s[n]). *)
FoldLeft(op(_, _), base, s) ==
  LET F[i \in 0..Len(s)] == IF i = 0 THEN base ELSE op(F[i - 1], s[i])
  IN F[Len(s)]

(* op(s[1], op(s[2], ... op(s[n], base)...)). *)
FoldRight(op(_, _), s, base) ==
  LET F[i \in 0..Len(s)] == IF i = 0 THEN base ELSE op(s[Len(s) - i + 1], F[i - 1])
  IN F[Len(s)]

(* The concatenation of the sequences in the sequence ss. *)
FlattenSeq(ss) == FoldLeft(LAMBDA acc, s : acc \o s, <<>>, ss)

(* The pairs <<s[i], t[i]>> for i up to the shorter length. *)
Zip(s, t) ==
  LET n == IF Len(s) <= Len(t) THEN Len(s) ELSE Len(t)
  IN [i \in 1..n |-> <<s[i], t[i]>>]

(* The sequence of the first elements of a sequence of pairs, and of the seconds. *)
Unzip(p) == << [i \in 1..Len(p) |-> p[i][1]], [i \in 1..Len(p) |-> p[i][2]] >>

(* All prefixes of s, from <<>> to s. *)
Prefixes(s) == { SubSeq(s, 1, n) : n \in 0..Len(s) }
=============================================================================
