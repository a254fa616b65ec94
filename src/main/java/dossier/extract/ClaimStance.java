package dossier.extract;

import dossier.extract.ClaimScope.Word;
import dossier.model.Stance;
import java.util.List;
import java.util.Set;

/**
 * Whether a claim denies: by its cue ("denied", "rejected reports", "did not confirm") or by what
 * it says ("We have no such information", "there are no Russian troops", "it is false").
 */
final class ClaimStance {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "no");

  private ClaimStance() {}

  static Stance of(ClaimDraft d, ClaimScope scope) {
    if (d.negated) {
      return Stance.DENIES;
    }
    if (d.cueToken > 0) {
      ClaimTree t = scope.tree(d.sentence);
      if (ClaimLexicon.DENIAL_VERBS.contains(t.lemma(d.cueToken))) {
        return Stance.DENIES;
      }
    }
    return contentDenies(scope, d) ? Stance.DENIES : Stance.ASSERTS;
  }

  private static boolean contentDenies(ClaimScope scope, ClaimDraft d) {
    List<Word> words = scope.words(d.content);
    for (int k = 0; k + 1 < words.size(); k++) {
      if (words.get(k).lemma().equals("no") && words.get(k + 1).lemma().equals("such")) {
        return true;
      }
    }
    for (Word w : scope.roots(d.content)) {
      if (!w.tree().isPunct(w.index()) && rootDenies(w.tree(), w.index())) {
        return true;
      }
    }
    return false;
  }

  private static boolean rootDenies(ClaimTree t, int r) {
    String lemma = t.lemma(r);
    if (ClaimLexicon.DENIAL_WORDS.contains(lemma) && !t.isVerb(r)) {
      return !isNegated(t, r);
    }
    for (int m : t.children(r, "amod")) {
      if (ClaimLexicon.DENIAL_WORDS.contains(t.lemma(m))) {
        return true; // "fake news"
      }
    }
    if (ClaimLexicon.TRUTH_WORDS.contains(lemma)) {
      return isNegated(t, r);
    }
    if (ClaimLexicon.POSSESSION_VERBS.contains(lemma)) {
      boolean existential = !lemma.equals("be") || t.child(r, "expl") > 0;
      return existential && (isNegated(t, r) || hasNoArgument(t, r));
    }
    return false;
  }

  private static boolean isNegated(ClaimTree t, int r) {
    for (int c : t.children(r, "advmod", "neg")) {
      if (NEGATIONS.contains(t.word(c).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "have no information", "there are no troops": an argument determined by "no". */
  private static boolean hasNoArgument(ClaimTree t, int r) {
    for (int a : t.children(r, "obj", "nsubj")) {
      for (int det : t.children(a, "det")) {
        if (t.lemma(det).equals("no")) {
          return true;
        }
      }
    }
    return false;
  }
}
