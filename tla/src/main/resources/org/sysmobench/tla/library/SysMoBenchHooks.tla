-------------------------- MODULE SysMoBenchHooks --------------------------
(***************************************************************************)
(* Evaluation hooks of SysMoBench, written for SysMoBench.  The modules    *)
(* the harness generates to check a spec (trace replay, state-space        *)
(* search) call these operators to report to the harness while TLC runs:  *)
(* how far a trace replay got, which contract actions fired, the state    *)
(* budget.  Each call carries the job's secret key; a call with another   *)
(* key records nothing.  Every operator is a predicate that is TRUE       *)
(* unless its comment says otherwise, so a hook never changes what TLC    *)
(* explores.  It also gives the generated trace replay its trace files.   *)
(*                                                                         *)
(* The values come from Java overrides (org.sysmobench.tla.bridge.hooks,  *)
(* on TLC's class path with the SysMoBench bridge); without them every    *)
(* operator fails with the message below rather than report nothing.     *)
(* Specs under evaluation may not use this module.                        *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE TLC
LOCAL INSTANCE TraceReader

\* Every body names all parameters: a hook applied to a state variable is then state-level for SANY,
\* so TLC evaluates it at each call and never once for all at start-up.
LOCAL NoBridge(args) ==
  Assert(args = args /\ FALSE, "SysMoBenchHooks needs its Java overrides: put the SysMoBench tla-bridge on TLC's class path")

\* Trace number `trace` of the replay reached `cursor` events.
SysMoBench_Reached(key, trace, cursor) == NoBridge(<<key, trace, cursor>>)

\* Contract action number `action` fired (in a step from the current `state`).
SysMoBench_Fire(key, action, state) == NoBridge(<<key, action, state>>)

\* Whether contract action number `action` has not fired yet.
SysMoBench_Unfired(key, action, state) == NoBridge(<<key, action, state>>)

\* Whether fewer than `count` contract actions have fired yet.
SysMoBench_FiredFewer(key, count, state) == NoBridge(<<key, count, state>>)

\* FALSE for a state deeper than the job's depth budget, or once the search holds as many distinct
\* states as its state budget allows (the search then stops); `level` is the state's TLC level.
SysMoBench_WithinBudget(key, level, state) == NoBridge(<<key, level, state>>)

\* The recorded trace in file `path` (one of the files the job may read), as TraceReader!NdJsonLines.
SysMoBench_Events(path) == NdJsonLines(path)

\* The standard operators the generated modules use, under names no spec may define: a spec may
\* define its own `Any` or `..`, and the generated modules must not depend on which.
SysMoBench_Len(s) == Len(s)
SysMoBench_Upto(a, b) == a..b
SysMoBench_Succ(n) == n + 1
SysMoBench_Below(a, b) == a < b
SysMoBench_Str(v) == ToString(v)
SysMoBench_Cat(a, b) == a \o b

\* The TLC level of the current `state`, for SysMoBench_WithinBudget.
SysMoBench_Level(state) == TLCGet("level")
=============================================================================
