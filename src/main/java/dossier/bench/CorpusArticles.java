package dossier.bench;

import dossier.Dossier;
import dossier.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The articles of a corpus that a build annotates, cleaned the way a build cleans them. */
final class CorpusArticles {
  private CorpusArticles() {}

  static List<Article> of(List<Path> corpus) {
    List<Article> out = new ArrayList<>();
    try (Dossier dossier = Dossier.builder().build()) {
      dossier.clean(corpus, a -> {
        if (Dossier.annotates(a)) {
          out.add(a);
        }
      }, skipped -> {});
    }
    return out;
  }
}
