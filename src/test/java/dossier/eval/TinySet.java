package dossier.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The invented two-page gold set in test resources, laid out like shared/eval/. */
final class TinySet {
  private TinySet() {}

  static Path shared() {
    try {
      return Path.of(TinySet.class.getResource("/eval-shared").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path folder() {
    return shared().resolve("eval").resolve("tiny-eval");
  }
}
