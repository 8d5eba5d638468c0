package org.sysmobench.tla.sany;

/**
 * A top-level operator or function definition of the root module.
 *
 * @param name the defined name
 * @param arity number of parameters (0 for {@code Init == ...} and for {@code f[x \in S] == ...})
 * @param local whether it was declared {@code LOCAL}
 * @param range where the definition is (name to end of body)
 */
public record Definition(String name, int arity, boolean local, SourceRange range) {}
