package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions by a noun: "his opposition to the war", "Trump's decision to run", "criticism
 * from Republicans of the plan". The possessor, or the "by"/"from" phrase, is the speaker and
 * the noun's complement the content; a noun with neither names nobody and is left alone.
 */
final class NominalCues {
  /** Prepositions that open what the noun is about. */
  private static final Set<String> ABOUT = Set.of("of", "to", "for", "on", "about", "against",
      "over");
  private static final Set<String> BY = Set.of("by", "from");

  private NominalCues() {}

  static List<ClaimDraft> find(ClaimTree t, int sentence) {
    List<ClaimDraft> out = new ArrayList<>();
    for (int n = 1; n <= t.size(); n++) {
      if (isCue(t, n)) {
        ClaimDraft d = claim(t, sentence, n);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static boolean isCue(ClaimTree t, int n) {
    String lemma = t.lemma(n);
    return t.pos(n).startsWith("NN") && !t.isProperNoun(n)
        && (ClaimLexicon.STANCE_NOUNS.contains(lemma) || ClaimLexicon.CLAIM_NOUNS.contains(lemma));
  }

  private static ClaimDraft claim(ClaimTree t, int sentence, int n) {
    int speaker = speaker(t, n);
    int part = complement(t, n);
    if (speaker < 0 || part < 0) {
      return null;
    }
    int first = t.first(part);
    int cueEnd = n;
    int marker = t.child(part, "case");
    if (marker == first) {
      first = marker + 1;
      cueEnd = marker == n + 1 ? marker : n; // "opposition to": the preposition is the cue's
    }
    int[] range = t.trimmed(first, t.last(part));
    if (range == null) {
      return null;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueSpan = t.span(n, cueEnd);
    d.content = t.span(range[0], range[1]);
    d.subjectHead = speaker;
    return d;
  }

  /** The possessor, or the head of a "by" or "from" phrase; -1 when none. */
  private static int speaker(ClaimTree t, int n) {
    int owner = t.child(n, "nmod:poss");
    if (owner > 0) {
      return owner;
    }
    for (int c : t.children(n, "nmod")) {
      int marker = t.child(c, "case");
      if (c > n && marker > 0 && BY.contains(t.lemma(marker))) {
        return c;
      }
    }
    return -1;
  }

  /** The first dependent after the noun that says what it is about, or -1. */
  private static int complement(ClaimTree t, int n) {
    for (int c : t.children(n)) {
      String r = t.baseRelation(c);
      int marker = t.child(c, "case", "mark");
      boolean clause = (r.equals("acl") && !t.relation(c).equals("acl:relcl") || r.equals("ccomp"))
          && marker > 0;
      boolean about = r.equals("nmod") && marker > 0 && ABOUT.contains(t.lemma(marker));
      if (c > n && (clause || about)) {
        return c;
      }
    }
    return -1;
  }
}
