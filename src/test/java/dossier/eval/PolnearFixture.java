package dossier.eval;

import dossier.model.Span;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The invented PolNeAR-shaped corpus under {@code src/test/resources/dossier/eval/shared}. */
final class PolnearFixture {
  private PolnearFixture() {}

  /** The fixture's shared folder, holding {@code eval/polnear/}. */
  static Path shared() {
    try {
      return Path.of(PolnearFixture.class.getResource("/dossier/eval/shared").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path polnear() {
    return shared().resolve("eval").resolve("polnear");
  }

  /** The words a span covers, its pieces joined by "|"; null for a missing role. */
  static String words(AttributionSpan span, String text) {
    return span == null ? null
        : span.pieces().stream().map(p -> p.of(text)).collect(Collectors.joining("|"));
  }

  /** The span of the first {@code words} at or after {@code from}. */
  static Span find(String text, String words, int from) {
    int start = text.indexOf(words, from);
    if (start < 0) {
      throw new IllegalArgumentException("no '" + words + "' in the fixture text");
    }
    return new Span(start, start + words.length());
  }
}
