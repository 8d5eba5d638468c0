---------------------------- MODULE TraceReader ----------------------------
(***************************************************************************)
(* Reads recorded traces for trace validation, written for SysMoBench.    *)
(*                                                                         *)
(* NdJsonLines(path) is the file's non-blank lines, each a JSON value, as *)
(* a sequence: objects become records, arrays sequences, strings strings, *)
(* true/false booleans and integers TLC integers. TLC integers have 32    *)
(* bits: a larger number is an error naming the file, line and field (give *)
(* it as a string to keep it). null and fractional numbers are errors too. *)
(* A relative path is resolved against the spec's folder.                 *)
(*                                                                         *)
(* Reading a file is not expressible in TLA+: the operator needs its Java *)
(* override (org.sysmobench.tla.bridge.ops.TraceReaderOps, on TLC's class *)
(* path with the SysMoBench bridge). Without it, evaluating it fails with *)
(* the message below instead of producing a wrong value.                  *)
(***************************************************************************)
LOCAL INSTANCE TLC

NdJsonLines(path) ==
  Assert(FALSE, "TraceReader!NdJsonLines needs its Java override: put the SysMoBench tla-bridge on TLC's class path")
=============================================================================
