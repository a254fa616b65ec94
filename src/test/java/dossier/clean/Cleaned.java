package dossier.clean;

import dossier.ingest.Ingester;
import dossier.model.Article;
import dossier.model.RawDoc;
import dossier.model.Removed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: files and strings through ingest and clean, and questions about the result. */
final class Cleaned {
  private static final Cleaner CLEANER = new Cleaner();

  private Cleaned() {}

  static Article file(Path file) {
    try {
      return CLEANER.clean(new Ingester().read(file));
    } catch (dossier.ingest.IngestException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Article text(String text) {
    return CLEANER.clean(new RawDoc("test.txt", RawDoc.Format.TEXT, text, Map.of(), "hash"));
  }

  static Article html(String html) {
    return CLEANER.clean(new RawDoc("test.html", RawDoc.Format.HTML, html, Map.of(), "hash"));
  }

  /** A hand-made page from {@code src/test/resources/clean/}, cleaned. */
  static Article fixture(String name) {
    try (InputStream in = Cleaned.class.getResourceAsStream("/clean/" + name)) {
      if (in == null) {
        throw new AssertionError("no fixture " + name);
      }
      return html(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reason the block holding this snippet was removed, or null when it was kept or absent. */
  static String reasonFor(Article a, String snippet) {
    return a.removed().stream().filter(r -> r.text().contains(snippet)).map(Removed::reason)
        .findFirst().orElse(null);
  }

  static List<String> removedAs(Article a, String reason) {
    return a.removed().stream().filter(r -> r.reason().equals(reason)).map(Removed::text)
        .toList();
  }
}
