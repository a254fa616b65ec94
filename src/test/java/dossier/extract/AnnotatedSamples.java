package dossier.extract;

import dossier.Shared;
import dossier.annotate.Annotator;
import dossier.model.AnnotatedDoc;
import dossier.model.Article;
import dossier.model.DateSource;
import dossier.model.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Annotated texts for extraction tests, through the one shared CoreNLP pipeline of this JVM and
 * as a build annotates: only the sentences extraction reads are parsed.
 */
final class AnnotatedSamples {
  private static final Map<String, AnnotatedDoc> CACHE = new ConcurrentHashMap<>();
  private static final Extractor EXTRACTOR = new Extractor();

  private AnnotatedSamples() {}

  /** A sample report by file-name prefix ("001_"), annotated once per JVM. */
  static AnnotatedDoc sample(String prefix) {
    return CACHE.computeIfAbsent(prefix, p -> {
      Path file = Shared.sample(p);
      try {
        return annotate(file.toString(), Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Any text of a test's own making, annotated as an article without metadata. */
  static AnnotatedDoc annotate(String origin, String text) {
    return annotate(origin, text, null);
  }

  /** Any text of a test's own making, published on {@code published} (or undated: null). */
  static AnnotatedDoc annotate(String origin, String text, LocalDate published) {
    Article article = new Article(origin, Integer.toHexString(text.hashCode()), "", null, null,
        published, published == null ? null : DateSource.METADATA, "en", text, List.of());
    return annotate(article);
  }

  /** An article annotated as a build annotates it. */
  static AnnotatedDoc annotate(Article article) {
    return Annotator.shared().annotate(article, EXTRACTOR::needsParse);
  }

  static Extraction extract(String prefix) {
    return EXTRACTOR.extract(sample(prefix));
  }
}
