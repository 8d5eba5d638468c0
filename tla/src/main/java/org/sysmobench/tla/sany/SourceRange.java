package org.sysmobench.tla.sany;

/**
 * A range in a module's source, 1-based and inclusive. For the root module, columns count characters
 * of the text the caller gave (SANY's tab stops and the Unicode rewrite are undone); for other
 * modules they are SANY's own columns.
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
