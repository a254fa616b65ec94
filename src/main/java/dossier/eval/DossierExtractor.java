package dossier.eval;

import dossier.clean.Cleaner;
import dossier.model.Article;
import dossier.model.RawDoc;
import dossier.model.RawDoc.Format;
import java.util.Map;

/**
 * Dossier's own cleaner, fed either the page's HTML or its flattened text, to measure both input
 * kinds that users give it.
 */
final class DossierExtractor implements PageExtractor {
  private final Format format;
  private Cleaner cleaner;

  DossierExtractor(Format format) {
    this.format = format;
  }

  @Override
  public String name() {
    return format == Format.HTML ? "Dossier (HTML)" : "Dossier (text)";
  }

  @Override
  public Output extract(Page page) {
    String content = format == Format.HTML ? page.html() : page.text();
    Article a = cleaner().clean(new RawDoc(page.gold().url(), format, content, Map.of(), page.hash()));
    return new Output(a.text(), a.title(), a.author(),
        a.published() == null ? null : a.published().toString());
  }

  @Override
  public boolean givesMetadata() {
    return true;
  }

  /** Made on first use, inside the guarded warm-up, so its start-up cost is neither timed nor fatal. */
  private Cleaner cleaner() {
    if (cleaner == null) {
      cleaner = new Cleaner();
    }
    return cleaner;
  }
}
