package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article with its linguistic annotation, in Dossier's own terms so that later stages
 * do not depend on the NLP library.
 */
public record AnnotatedDoc(Article article, List<Sentence> sentences, List<NamedEntity> entities) {
  public AnnotatedDoc {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
