package dossier.clean;

import dossier.ingest.Ingester;
import dossier.model.Article;
import dossier.model.RawDoc;
import dossier.model.Removed;
import dossier.model.Resource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: files and strings through ingest and clean, and questions about the result. */
final class Cleaned {
  private static final Cleaner CLEANER = new Cleaner();

  /** Two paragraphs of a made-up story, as much as a page's main text may be. */
  static final String STORY = """
      <p>Two transport planes landed in Caracas on Saturday, carrying troops, officials said,
      adding that the crews would stay for several weeks at the airport.</p>
      <p>The aircraft, an Ilyushin and an Antonov, arrived from Damascus, according to flight
      tracking data, which showed a stop in Syria on the way.</p>
      """;

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
    return html(markup(name));
  }

  /** The markup of a hand-made page or part of one in {@code src/test/resources/clean/}. */
  static String markup(String name) {
    return new String(Resource.bytes("/clean/" + name), StandardCharsets.UTF_8);
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
