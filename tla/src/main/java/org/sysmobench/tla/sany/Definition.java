package org.sysmobench.tla.sany;

/**
 * A top-level definition of the root module, as written: an operator or function definition, or a
 * named instance ({@code M == INSTANCE Other}; what it imports as {@code M!Op} is not listed).
 *
 * @param name the defined name
 * @param arity number of parameters (0 for {@code Init == ...} and for {@code f[x \in S] == ...})
 * @param local whether it was declared {@code LOCAL}
 * @param instance whether it is a named {@code INSTANCE}
 * @param range where the definition is (name to end of body)
 * @param paramArities each parameter's arity, in order: 0 for an ordinary parameter, k for an operator
 *     parameter {@code F(_, ..., _)} taking k arguments (empty for instances)
 */
public record Definition(String name, int arity, boolean local, boolean instance, SourceRange range,
    java.util.List<Integer> paramArities) {
  public Definition {
    paramArities = java.util.List.copyOf(paramArities);
  }

  public Definition(String name, int arity, boolean local, boolean instance, SourceRange range) {
    this(name, arity, local, instance, range, java.util.Collections.nCopies(instance ? 0 : arity, 0));
  }
}
