package dossier.extract;

import java.util.List;

/**
 * Attributions made by a phrase instead of a speech verb: "S, according to X" and "X has
 * reportedly done S". "According to" on a sentence that already has a speech verb outside its
 * content ("Arreaza said, according to TASS") names an intermediary, not a new claim.
 */
final class CuePhrases {
  private CuePhrases() {}

  /** Adds this sentence's phrase attributions to {@code drafts}, which holds its speech claims. */
  static void find(ClaimTree t, int sentence, List<ClaimDraft> drafts, ClaimSources sources) {
    for (int a = 1; a < t.size(); a++) {
      if (t.word(a).equalsIgnoreCase("according") && t.word(a + 1).equalsIgnoreCase("to")
          && t.baseRelation(a).equals("case")) {
        accordingTo(t, sentence, a, drafts, sources);
      }
    }
    for (int r = 1; r <= t.size(); r++) {
      if (t.pos(r).startsWith("RB") && ClaimLexicon.REPORT_ADVERBS.contains(t.lemma(r))) {
        reportedly(t, sentence, r, drafts);
      }
    }
  }

  private static void accordingTo(ClaimTree t, int sentence, int a, List<ClaimDraft> drafts,
      ClaimSources sources) {
    int x = t.head(a);
    int governor = t.head(x);
    ClaimDraft speech = speechOutside(t, drafts, x);
    if (speech != null) {
      speech.via.add(0, sources.ref(t, x));
      return;
    }
    int[] range = governor > 0 ? outside(t, governor, x) : null;
    if (range == null) {
      return;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueSpan = t.span(a, a + 1);
    d.subjectHead = x;
    d.content = t.span(range[0], range[1]);
    drafts.add(d);
  }

  /** The speech claim this "according to X" qualifies: one whose content leaves X out. */
  private static ClaimDraft speechOutside(ClaimTree t, List<ClaimDraft> drafts, int x) {
    for (ClaimDraft d : drafts) {
      if (d.cueToken > 0 && d.content != null && !d.content.overlaps(t.token(x).span())
          && (x > d.cueToken || t.head(x) == d.cueToken)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The governor's clause without "according to X" when that phrase opens or closes it; the
   * whole clause when the phrase sits inside ("One reason, according to X, was ...").
   */
  private static int[] outside(ClaimTree t, int governor, int x) {
    List<Integer> clause = t.subtree(governor);
    int from = clause.get(0);
    int to = clause.get(clause.size() - 1);
    int[] left = t.trimmed(from, t.first(x) - 1);
    int[] right = t.trimmed(t.last(x) + 1, to);
    if (left != null && right != null) {
      return t.trimmed(from, to);
    }
    return left != null ? left : right;
  }

  private static void reportedly(ClaimTree t, int sentence, int r, List<ClaimDraft> drafts) {
    int h = t.head(r);
    if (h <= 0 || SpeechClauses.isCue(t, h) || !(t.isVerb(h) || t.child(h, "cop") > 0)) {
      return;
    }
    for (ClaimDraft d : drafts) {
      if (d.content != null && d.content.contains(t.token(r).span())) {
        return; // hedges a claim that is already there
      }
    }
    int[] range = t.trimmed(t.first(h), t.last(h));
    if (range == null) {
      return;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueSpan = t.token(r).span();
    d.content = t.span(range[0], range[1]);
    d.sourceless = true;
    d.hedged = true;
    drafts.add(d);
  }
}
