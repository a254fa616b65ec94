package dossier.eval;

import com.chimbori.crux.articles.Article;
import com.chimbori.crux.articles.ArticleExtractor;

/** crux 2.1, a Snacktory/Goose-style extractor scoring nodes by text and link density. */
final class CruxExtractor implements PageExtractor {

  @Override
  public String name() {
    return "crux";
  }

  @Override
  public Output extract(Page page) {
    Article article = ArticleExtractor.with(page.gold().url(), page.html()).extractContent().article();
    return Output.text(article.document == null ? "" : article.document.text());
  }
}
