package dossier.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** boilerpipe's ArticleExtractor: shallow text features (link density, word counts) per block. */
final class BoilerpipeExtractor implements PageExtractor {

  @Override
  public String name() {
    return "boilerpipe";
  }

  @Override
  public Output extract(Page page) throws Exception {
    return Output.text(ArticleExtractor.INSTANCE.getText(page.html()));
  }
}
