Here is the TLA+ specification you asked for:

```tla
---- MODULE Fenced ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
====
```

It models a counter that increments forever.
