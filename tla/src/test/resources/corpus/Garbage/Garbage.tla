Sure! Here is your spec:
```
this is {{ not TLA+ at all ]]
