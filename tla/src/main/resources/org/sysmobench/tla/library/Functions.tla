----------------------------- MODULE Functions -----------------------------
(***************************************************************************)
(* Operators on functions, written for SysMoBench in plain TLA+.          *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

(* The set of values f takes. *)
Range(f) == { f[x] : x \in DOMAIN f }

(* f restricted to the arguments in S (S must be a subset of DOMAIN f). *)
Restrict(f, S) == [x \in S |-> f[x]]

(* f restricted to the arguments that satisfy Test. *)
RestrictDomain(f, Test(_)) == Restrict(f, { x \in DOMAIN f : Test(x) })

(* f restricted to the arguments whose value satisfies Test. *)
RestrictValues(f, Test(_)) == Restrict(f, { x \in DOMAIN f : Test(f[x]) })

(* Whether f maps different arguments to different values. *)
IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b

(* Whether f is a function from S to T that takes every value of T. *)
IsSurjective(f, S, T) == f \in [S -> T] /\ \A t \in T : \E s \in S : f[s] = t

(* Whether f is a one-to-one function from S onto T. *)
IsBijection(f, S, T) == IsInjective(f) /\ IsSurjective(f, S, T)

(* The injections, surjections and bijections from S to T. *)
Injection(S, T) == { f \in [S -> T] : IsInjective(f) }
Surjection(S, T) == { f \in [S -> T] : IsSurjective(f, S, T) }
Bijection(S, T) == { f \in [S -> T] : IsBijection(f, S, T) }

(* Whether an injection, surjection or bijection from S to T exists. *)
ExistsInjection(S, T) == Injection(S, T) # {}
ExistsSurjection(S, T) == Surjection(S, T) # {}
ExistsBijection(S, T) == Bijection(S, T) # {}

(* A function from T to S sending each t in the range of f to an argument  *)
(* s in S with f[s] = t (any s in S for t outside the range).             *)
Inverse(f, S, T) == [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]

(* The inverse of an injective f, on its range. *)
AntiFunction(f) == [y \in Range(f) |-> CHOOSE x \in DOMAIN f : f[x] = y]

(* op(f[x1], op(f[x2], ... op(f[xn], base)...)) over the arguments of f in *)
(* TLC's order of values, so op should be commutative and associative.    *)
FoldFunction(op(_, _), base, f) ==
  LET F[D \in SUBSET DOMAIN f] ==
        IF D = {} THEN base
        ELSE LET x == CHOOSE x \in D : TRUE IN op(f[x], F[D \ {x}])
  IN F[DOMAIN f]

(* FoldFunction over the arguments in S only. *)
FoldFunctionOnSet(op(_, _), base, f, S) == FoldFunction(op, base, Restrict(f, S))
=============================================================================
