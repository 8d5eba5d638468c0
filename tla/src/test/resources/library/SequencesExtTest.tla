-------------------------- MODULE SequencesExtTest --------------------------
(* Each ASSUME checks one SequencesExt operator; TLC exits 10 if any fails. *)
EXTENDS Naturals, Sequences, SequencesExt

ASSUME ToSet(<<3, 1, 3>>) = {1, 3}
ASSUME ToSet(<<>>) = {}
ASSUME SetToSeq({}) = <<>>
ASSUME SetToSeq({3, 1, 2}) = <<1, 2, 3>>
ASSUME LET s == SetToSeq({"b", "a", "c"}) IN Len(s) = 3 /\ ToSet(s) = {"a", "b", "c"}
\* The order is TLC's order of values, with and without the Java override.
ASSUME SetToSeq({"b", "a", "c"}) = <<"a", "b", "c">>
ASSUME SetToSeq({[a |-> 2], [a |-> 1]}) = <<[a |-> 1], [a |-> 2]>>
ASSUME SetToSeq({{2}, {1, 2}, {}}) = SetToSeq({{}, {2}, {1, 2}})
ASSUME SetToSortSeq({3, 1, 2}, LAMBDA a, b : a > b) = <<3, 2, 1>>
ASSUME BoundedSeq({0}, 2) = {<<>>, <<0>>, <<0, 0>>}
ASSUME Reverse(<<1, 2, 3>>) = <<3, 2, 1>>
ASSUME Reverse(<<>>) = <<>>
ASSUME Remove(<<1, 2, 1, 3>>, 1) = <<2, 3>>
ASSUME ReplaceAt(<<1, 2, 3>>, 2, 9) = <<1, 9, 3>>
ASSUME ReplaceAll(<<1, 2, 1>>, 1, 0) = <<0, 2, 0>>
ASSUME InsertAt(<<1, 3>>, 2, 2) = <<1, 2, 3>>
ASSUME InsertAt(<<1, 2>>, 3, 3) = <<1, 2, 3>>
ASSUME InsertAt(<<>>, 1, 7) = <<7>>
ASSUME RemoveAt(<<1, 2, 3>>, 2) = <<1, 3>>
ASSUME RemoveAt(<<1>>, 1) = <<>>
ASSUME Cons(0, <<1, 2>>) = <<0, 1, 2>>
ASSUME Front(<<1, 2, 3>>) = <<1, 2>>
ASSUME Last(<<1, 2, 3>>) = 3
ASSUME IsPrefix(<<1, 2>>, <<1, 2, 3>>) /\ IsPrefix(<<>>, <<1>>) /\ IsPrefix(<<1>>, <<1>>)
ASSUME ~IsPrefix(<<2>>, <<1, 2>>) /\ ~IsPrefix(<<1, 2, 3>>, <<1, 2>>)
ASSUME IsStrictPrefix(<<1>>, <<1, 2>>) /\ ~IsStrictPrefix(<<1, 2>>, <<1, 2>>)
ASSUME IsSuffix(<<2, 3>>, <<1, 2, 3>>) /\ ~IsSuffix(<<1, 2>>, <<1, 2, 3>>)
ASSUME IsStrictSuffix(<<3>>, <<2, 3>>) /\ ~IsStrictSuffix(<<2, 3>>, <<2, 3>>)
ASSUME Contains(<<1, 2>>, 2) /\ ~Contains(<<1, 2>>, 3) /\ ~Contains(<<>>, 1)
ASSUME SelectInSeq(<<1, 4, 2, 6>>, LAMBDA x : x > 3) = 2
ASSUME SelectInSeq(<<1, 2>>, LAMBDA x : x > 3) = 0
ASSUME SelectLastInSeq(<<1, 4, 2, 6>>, LAMBDA x : x > 3) = 4
ASSUME IndicesOf(<<1, 4, 2, 6>>, LAMBDA x : x > 3) = {2, 4}
ASSUME FoldLeft(LAMBDA acc, x : acc - x, 10, <<1, 2, 3>>) = 4
ASSUME FoldRight(LAMBDA x, acc : x - acc, <<10, 4, 3>>, 0) = 9
ASSUME FoldLeft(LAMBDA acc, x : acc + x, 0, <<>>) = 0
ASSUME FlattenSeq(<<<<1, 2>>, <<>>, <<3>>>>) = <<1, 2, 3>>
ASSUME FlattenSeq(<<>>) = <<>>
ASSUME Zip(<<1, 2, 3>>, <<"a", "b">>) = <<<<1, "a">>, <<2, "b">>>>
ASSUME Unzip(<<<<1, "a">>, <<2, "b">>>>) = <<<<1, 2>>, <<"a", "b">>>>
ASSUME Prefixes(<<1, 2>>) = {<<>>, <<1>>, <<1, 2>>}
=============================================================================
