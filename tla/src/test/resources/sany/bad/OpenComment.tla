---- MODULE OpenComment ----
x == 1
(* this comment
   is never closed
====
