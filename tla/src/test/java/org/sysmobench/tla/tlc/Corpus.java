package org.sysmobench.tla.tlc;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Locates the test corpus: one folder per spec, {@code corpus/<Name>/<Name>.tla} plus its config. */
final class Corpus {
  private Corpus() {}

  static Path spec(String name) {
    try {
      Path root = Path.of(Objects.requireNonNull(Corpus.class.getResource("/corpus")).toURI());
      return root.resolve(name).resolve(name + ".tla");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static TlcJob job(String name) {
    return TlcJob.modelCheck(spec(name)).withSeed(42);
  }
}
