package dossier.clean;

import dossier.model.Article;
import dossier.model.RawDoc;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the main story and its metadata from a raw document. Web pages are cut down to
 * their main content first; then pages and plain text get the same text-level cleaning, in
 * this order: furniture lines, captions, error pages, the headline, repeats, for text without
 * markup appended stories and lines outside the main text, and last the calls that close the
 * story.
 * Stateless and thread-safe.
 */
public final class Cleaner {
  private final FurnitureSpotter furniture = new FurnitureSpotter();

  public Cleaner() {
    Languages.preload();
  }

  /** The clean article; never fails on odd input, but may return empty text. */
  public Article clean(RawDoc raw) {
    Source source = raw.format() == RawDoc.Format.HTML
        ? html(raw.content(), raw.origin())
        : new Source(new Page(PlainTextBlocks.split(raw.content())),
            Meta.fromProperties(raw.metadata()));
    Page page = source.page();
    Meta meta = source.meta();
    spotFurniture(page);
    LinkListLabels.apply(page);
    Captions.apply(page);
    if (ErrorPages.apply(page, meta.title())) {
      return new Article(raw.origin(), raw.contentHash(), "", meta.outlet(), null, null, null,
          Languages.UNDETERMINED, "", page.removed());
    }
    String title = Headlines.apply(page, meta.title());
    Duplicates.apply(page, title);
    if (raw.format() != RawDoc.Format.HTML) {
      // In a web page the markup already bounds the story; topic shifts inside it are sections.
      MainText main = MainText.read(page);
      AppendedStories.apply(page, title, main::textOrAfter);
      main.apply();
    }
    // Calls close the story, so they are looked for once a flattened page has lost its footer.
    CallsToAction.apply(page);
    String text = page.keptText();
    String outlet = Outlets.find(meta, page);
    Optional<PublicationDates.Dated> published = PublicationDates.find(meta, page, text);
    return new Article(raw.origin(), raw.contentHash(), title, outlet,
        Authors.find(meta, page, outlet),
        published.map(PublicationDates.Dated::date).orElse(null),
        published.map(PublicationDates.Dated::source).orElse(null),
        Languages.detect(text), text, page.removed());
  }

  private static Source html(String markup, String origin) {
    Document doc = Jsoup.parse(markup, origin);
    return new Source(HtmlBlocks.read(doc.body()), HtmlMetadata.read(doc));
  }

  private void spotFurniture(Page page) {
    for (int i : page.keptIndices()) {
      furniture.spot(page.text(i)).ifPresent(kind -> page.remove(i, kind));
    }
  }

  /** A document as blocks, and what its container said about it. */
  private record Source(Page page, Meta meta) {}
}
