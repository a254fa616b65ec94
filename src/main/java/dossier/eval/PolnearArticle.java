package dossier.eval;

import dossier.model.Article;
import dossier.model.DateSource;
import java.time.LocalDate;
import java.util.List;

/**
 * One PolNeAR article with the attributions of the annotator it is scored against.
 *
 * @param name the file name without {@code .txt}
 * @param text the article exactly as the offsets count it
 * @param published the date from {@code metadata.tsv}, or null
 * @param annotator the annotator whose file is used: the first in sorted order
 * @param annotations how many annotators' files the article has
 * @param gold the attributions of that annotator
 */
record PolnearArticle(String name, String text, LocalDate published, String annotator,
    int annotations, List<AttributionRelation> gold) {

  PolnearArticle {
    gold = List.copyOf(gold);
  }

  /** The text as Dossier's clean article, so that its spans are the gold's offsets. */
  Article article() {
    return new Article(name + ".txt", "polnear:" + name, "", null, null, published,
        published == null ? null : DateSource.METADATA, "en", text, List.of());
  }
}
