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
  private static final Set<String> POINTERS = Set.of("this", "that", "these", "those", "any",
      "such");

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
      return isExistenceDenied(t, r, lemma);
    }
    return false;
  }

  /**
   * "There are no troops", "We have no such information", "We don't have this type of weapon",
   * "Russia has no troops there"; not "she did not have numbers", which withholds no fact, nor
   * "there is no question", which assures.
   */
  private static boolean isExistenceDenied(ClaimTree t, int r, String lemma) {
    if (lemma.equals("be") && t.child(r, "expl") < 0 || hasModal(t, r)) {
      return false; // "journalists cannot have any affiliation" is a norm, not a fact denied
    }
    for (int a : t.children(r, "obj", "nsubj")) {
      if (ClaimLexicon.IDIOM_NOUNS.contains(t.lemma(a))) {
        return false;
      }
    }
    if (hasNoArgument(t, r)) {
      return true;
    }
    return isNegated(t, r) && (t.child(r, "expl") > 0 || hasPointedArgument(t, r));
  }

  /** An object pointed at: "this type of weapon", "any troops", "such plans". */
  private static boolean hasPointedArgument(ClaimTree t, int r) {
    for (int a : t.children(r, "obj")) {
      for (int det : t.children(a, "det", "amod")) {
        if (POINTERS.contains(t.lemma(det))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasModal(ClaimTree t, int r) {
    for (int a : t.children(r, "aux")) {
      if (t.pos(a).equals("MD") && !t.lemma(a).equals("do")) {
        return true;
      }
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
