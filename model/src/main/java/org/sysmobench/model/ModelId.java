package org.sysmobench.model;

import java.util.regex.Pattern;

/**
 * A model's name: a model-catalog name ({@code claude-opus-5}) or a {@link PseudoModel} ({@code reference},
 * {@code mutant:no-exclusion}, and per task in a run's cells: {@code mutant:no-exclusion@rust-spin}). No
 * whitespace or slashes, so it can appear in cell ids and file names.
 */
public record ModelId(String value) implements Comparable<ModelId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,119}");

  public ModelId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("model id must be letters, digits and . _ : @ + -, got: " + value);
    }
  }

  public static ModelId of(String value) {
    return new ModelId(value);
  }

  @Override
  public int compareTo(ModelId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
