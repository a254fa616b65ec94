package dossier.eval;

import dossier.model.Span;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The invented PolNeAR-shaped corpus in test resources, beside the tiny extraction set. */
final class PolnearFixture {
  private PolnearFixture() {}

  static Path polnear() {
    return TinySet.shared().resolve("eval").resolve("polnear");
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
