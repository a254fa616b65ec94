package dossier.extract;

import dossier.extract.ClaimScope.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a claim is marked uncertain: a hedge on the main clause of its content ("Maduro may
 * request", "the group has reportedly grown", "if ..."), on its cue ("reportedly claimed",
 * "suggested") or in its source ("unconfirmed reports"), or a passive attribution to nobody
 * ("it is believed that ..."). A "could" deep inside a long quote does not hedge the quote.
 */
final class ClaimHedging {
  private static final Set<String> MODALS = Set.of("may", "might", "could");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  private ClaimHedging() {}

  static boolean isHedged(ClaimDraft d, ClaimScope scope) {
    if (d.hedged || d.sourceless) {
      return true;
    }
    List<Word> words = new ArrayList<>();
    for (Word root : mainClauses(d, scope)) {
      words.add(root);
      if (isConditional(root)) {
        return true;
      }
      for (int c : root.tree().children(root.index(), "aux", "advmod")) {
        words.add(new Word(root.tree(), c));
      }
    }
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

  /**
   * The heads of the content's clauses, of clauses joined to them and of what they say ("I think
   * that's probably right").
   */
  private static List<Word> mainClauses(ClaimDraft d, ClaimScope scope) {
    List<Word> out = new ArrayList<>();
    for (Word root : scope.roots(d.content)) {
      out.add(root);
      for (int c : root.tree().children(root.index(), "ccomp", "conj")) {
        if (d.content.contains(root.tree().token(c).span())) {
          out.add(new Word(root.tree(), c));
        }
      }
    }
    return out;
  }

  /** "If in fact it becomes clear ..., that could play into his hands". */
  private static boolean isConditional(Word root) {
    for (int c : root.tree().children(root.index(), "advcl")) {
      for (int m : root.tree().children(c, "mark")) {
        if (CONDITIONS.contains(root.tree().lemma(m))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isHedge(Word w) {
    if (MODALS.contains(w.lemma())) {
      return w.pos().equals("MD");
    }
    return ClaimLexicon.HEDGE_WORDS.contains(w.lemma());
  }
}
