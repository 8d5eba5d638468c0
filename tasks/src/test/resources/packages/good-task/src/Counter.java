class Counter {}
