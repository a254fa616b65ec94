package dossier.eval;

import dossier.clean.WebPageText;

/** The baseline: all the page's text, furniture included, so every segment is found. */
final class RawTextExtractor implements PageExtractor {

  @Override
  public String name() {
    return "raw text";
  }

  @Override
  public Output extract(Page page) {
    return Output.text(WebPageText.of(page.html(), page.gold().url()));
  }
}
