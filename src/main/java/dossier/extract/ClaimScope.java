package dossier.extract;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/** The tokens that a stretch of text covers, across sentence boundaries. */
final class ClaimScope {
  /** One token: its sentence's tree and its index there. */
  record Word(ClaimTree tree, int index) {
    String lemma() {
      return tree.lemma(index);
    }

    String pos() {
      return tree.pos(index);
    }
  }

  private final List<ClaimTree> trees;

  ClaimScope(List<ClaimTree> trees) {
    this.trees = trees;
  }

  ClaimTree tree(int sentence) {
    return trees.get(sentence);
  }

  /** How many sentences there are. */
  int size() {
    return trees.size();
  }

  List<Word> words(Span span) {
    List<Word> out = new ArrayList<>();
    for (ClaimTree t : trees) {
      if (!t.sentence().span().overlaps(span)) {
        continue;
      }
      for (int i = 1; i <= t.size(); i++) {
        if (span.contains(t.token(i).span())) {
          out.add(new Word(t, i));
        }
      }
    }
    return out;
  }

  /** The words of {@code span} whose head lies outside it: the roots of what it says. */
  List<Word> roots(Span span) {
    List<Word> out = new ArrayList<>();
    for (Word w : words(span)) {
      int h = w.tree().head(w.index());
      if (h == 0 || !span.contains(w.tree().token(h).span())) {
        out.add(w);
      }
    }
    return out;
  }
}
