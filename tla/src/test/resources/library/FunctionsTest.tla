---------------------------- MODULE FunctionsTest ----------------------------
(* Each ASSUME checks one Functions operator; TLC exits 10 if any fails. *)
EXTENDS Naturals, FiniteSets, Functions

f == [x \in 1..3 |-> x * 10]
g == [x \in 1..3 |-> x % 2]

ASSUME Range(f) = {10, 20, 30} /\ Range(g) = {0, 1}
ASSUME Restrict(f, {1, 3}) = [x \in {1, 3} |-> x * 10]
ASSUME RestrictDomain(f, LAMBDA x : x > 1) = [x \in {2, 3} |-> x * 10]
ASSUME RestrictValues(f, LAMBDA v : v < 25) = [x \in {1, 2} |-> x * 10]
ASSUME IsInjective(f) /\ ~IsInjective(g)
ASSUME IsSurjective(g, 1..3, {0, 1}) /\ ~IsSurjective(f, 1..3, {10, 20, 30, 40})
ASSUME IsBijection(f, 1..3, {10, 20, 30}) /\ ~IsBijection(g, 1..3, {0, 1})
ASSUME Cardinality(Injection(1..2, 1..3)) = 6
ASSUME Cardinality(Surjection(1..3, 1..2)) = 6
ASSUME Cardinality(Bijection(1..3, 1..3)) = 6
ASSUME ExistsInjection(1..2, 1..3) /\ ~ExistsInjection(1..3, 1..2)
ASSUME ExistsSurjection(1..3, 1..2) /\ ~ExistsSurjection(1..2, 1..3)
ASSUME ExistsBijection(1..2, {"a", "b"}) /\ ~ExistsBijection(1..2, 1..3)
ASSUME Inverse(f, 1..3, {10, 30}) = [t \in {10, 30} |-> t \div 10]
ASSUME AntiFunction(f) = [y \in {10, 20, 30} |-> y \div 10]
ASSUME FoldFunction(LAMBDA v, acc : v + acc, 0, f) = 60
ASSUME FoldFunctionOnSet(LAMBDA v, acc : v + acc, 0, f, {1, 2}) = 30
=============================================================================
