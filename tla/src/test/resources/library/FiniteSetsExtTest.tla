-------------------------- MODULE FiniteSetsExtTest --------------------------
(* Each ASSUME checks one FiniteSetsExt operator; TLC exits 10 if any fails. *)
EXTENDS Integers, FiniteSetsExt

ASSUME Max({3, -1, 7}) = 7 /\ Max({-5}) = -5
ASSUME Min({3, -1, 7}) = -1
ASSUME Sum({}) = 0 /\ Sum({1, 2, 3, -10}) = -4
ASSUME Product({}) = 1 /\ Product({2, 3, 4}) = 24
ASSUME FoldSet(LAMBDA x, acc : x + acc, 100, {1, 2}) = 103
ASSUME FoldSet(LAMBDA x, acc : acc \cup {x * x}, {}, {1, 2, 3}) = {1, 4, 9}
ASSUME ReduceSet(LAMBDA x, acc : x + acc, {1, 2}, 100) = 103
ASSUME SymDiff({1, 2, 3}, {2, 3, 4}) = {1, 4}
ASSUME Quantify(1..10, LAMBDA x : x % 3 = 0) = 3
ASSUME kSubset(2, {1, 2, 3}) = {{1, 2}, {1, 3}, {2, 3}}
ASSUME kSubset(0, {1}) = {{}}
ASSUME FlattenSet({{1}, {2, 3}, {}}) = {1, 2, 3}
=============================================================================
