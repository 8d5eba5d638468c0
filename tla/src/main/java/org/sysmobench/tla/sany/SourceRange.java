package org.sysmobench.tla.sany;

/**
 * A range in a module's source, 1-based and inclusive, as SANY reports it; positions refer to the
 * text the caller gave (after mapping back from any Unicode rewrite).
 */
public record SourceRange(String module, int line, int column, int endLine, int endColumn) {
  public SourceRange {
    if (module == null) {
      throw new IllegalArgumentException("module must not be null");
    }
  }

  @Override
  public String toString() {
    return module + ":" + line + ":" + column + "-" + endLine + ":" + endColumn;
  }
}
