---- MODULE SemErr ----
EXTENDS Naturals
VARIABLE v
Foo(a) == a + 1
Bar == y + 1
Baz == Foo
====
