package dossier.extract;

import dossier.extract.ClaimScope.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a claim is marked uncertain: a hedge in its content, on its cue or in its source
 * ("reportedly claimed", "may request", "unconfirmed reports"), a condition ("if ..."), or a
 * passive attribution to nobody ("it is believed that ...").
 */
final class ClaimHedging {
  private static final Set<String> MODALS = Set.of("may", "might", "could");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  private ClaimHedging() {}

  static boolean isHedged(ClaimDraft d, ClaimScope scope) {
    if (d.hedged || d.sourceless) {
      return true;
    }
    List<Word> words = new ArrayList<>(scope.words(d.content));
    words.addAll(scope.words(d.cueSpan));
    if (d.cueToken > 0) {
      ClaimTree t = scope.tree(d.sentence);
      for (int c : t.children(d.cueToken, "advmod", "aux")) {
        words.add(new Word(t, c));
      }
    }
    if (d.subjectSpan != null && d.borrowedFrom == null) {
      words.addAll(scope.words(d.subjectSpan));
    }
    return words.stream().anyMatch(ClaimHedging::isHedge);
  }

  private static boolean isHedge(Word w) {
    String lemma = w.lemma();
    if (MODALS.contains(lemma)) {
      return w.pos().equals("MD");
    }
    if (CONDITIONS.contains(lemma)) {
      return w.tree().baseRelation(w.index()).equals("mark");
    }
    return ClaimLexicon.HEDGE_WORDS.contains(lemma);
  }
}
