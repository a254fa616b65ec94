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

  /** The sentence that holds all of {@code span}, found by binary search; null if none does. */
  public Sentence sentenceHolding(Span span) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (s.end() <= span.start()) {
        lo = mid + 1;
      } else if (s.start() > span.start()) {
        hi = mid - 1;
      } else {
        return s.contains(span) ? sentences.get(mid) : null;
      }
    }
    return null;
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
