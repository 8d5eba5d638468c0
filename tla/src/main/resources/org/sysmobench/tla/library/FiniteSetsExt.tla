--------------------------- MODULE FiniteSetsExt ---------------------------
(***************************************************************************)
(* Operators on finite sets, written for SysMoBench. Every operator has a  *)
(* plain TLA+ definition here; Max, Min and Sum also have Java overrides   *)
(* (org.sysmobench.tla.bridge.ops) that compute the same values faster.    *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Integers
LOCAL INSTANCE FiniteSets

(* op(x1, op(x2, ... op(xn, base)...)) over the elements of S; the order   *)
(* is TLC's order of values, so op should be commutative and associative. *)
FoldSet(op(_, _), base, S) ==
  LET F[T \in SUBSET S] ==
        IF T = {} THEN base
        ELSE LET x == CHOOSE x \in T : TRUE IN op(x, F[T \ {x}])
  IN F[S]

(* FoldSet with the arguments in the order of CommunityModules' ReduceSet. *)
ReduceSet(op(_, _), S, base) == FoldSet(op, base, S)

(* The largest integer of a non-empty finite set of integers. *)
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

(* The smallest integer of a non-empty finite set of integers. *)
Min(S) == CHOOSE x \in S : \A y \in S : x <= y

(* The sum of a finite set of integers (0 for the empty set). *)
Sum(S) == FoldSet(LAMBDA x, acc : x + acc, 0, S)

(* The product of a finite set of integers (1 for the empty set). *)
Product(S) == FoldSet(LAMBDA x, acc : x * acc, 1, S)

(* The elements in exactly one of A and B. *)
SymDiff(A, B) == (A \ B) \cup (B \ A)

(* How many elements of S satisfy P. *)
Quantify(S, P(_)) == Cardinality({ x \in S : P(x) })

(* The subsets of S with exactly k elements. *)
kSubset(k, S) == { T \in SUBSET S : Cardinality(T) = k }

(* The union of the sets in a finite set of finite sets (same as UNION). *)
FlattenSet(SS) == UNION SS
=============================================================================
