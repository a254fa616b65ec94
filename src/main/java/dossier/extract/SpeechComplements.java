package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content after a speech verb: its clausal complement ("said (that) S", "told Reuters S"), the
 * object of "deny"-like verbs, a raised clause ("X is said to be S"), or what follows a verb the
 * parser hung under its own complement.
 */
final class SpeechComplements {
  /** Relations of a speech verb misparsed as hanging under its own complement. */
  private static final Set<String> INVERTED = Set.of("csubj", "nsubj", "dep", "aux");

  private SpeechComplements() {}

  /** "X also told Reuters there was ..." parsed with "told" under "was": what follows the cue. */
  static int[] inverted(ClaimTree t, int v) {
    int h = t.head(v);
    if (h <= v || !isMisattached(t, v) || t.child(v, "xcomp") > 0) {
      return null; // "A person believed to work for ..." is no attribution
    }
    int first = skipAdjuncts(t, v);
    int last = t.last(h);
    for (int c : t.children(h, "conj")) {
      if (c > v && t.first(c) > first) {
        last = Math.min(last, t.first(c) - 1); // "..., but could not say when"
      }
    }
    int[] range = t.trimmed(first, last);
    boolean infinitive = range != null && t.pos(range[0]).equals("TO"); // "who claim to be"
    return range != null && t.hasVerb(range) && !infinitive ? range : null;
  }

  /**
   * Hung under what follows it: as its subject or auxiliary ("veterans said they had", with
   * "said" an auxiliary of "had"), or as a bare adverbial clause that takes nothing after it.
   */
  private static boolean isMisattached(ClaimTree t, int v) {
    String r = t.baseRelation(v);
    return INVERTED.contains(r) || r.equals("advcl") && t.last(v) == v;
  }

  /** The first token after the cue and what directly follows it: "told Reuters on Monday". */
  private static int skipAdjuncts(ClaimTree t, int v) {
    int first = v + 1;
    boolean telling = t.lemma(v).equals("tell");
    for (int c : t.children(v)) {
      String r = t.baseRelation(c);
      boolean adjunct = r.equals("obl") || r.equals("advmod") && !t.pos(c).equals("EX")
          || telling && (r.equals("obj") || r.equals("iobj"));
      if (adjunct && t.first(c) == first) {
        first = t.last(c) + 1;
      }
    }
    return first;
  }

  /** Content after the verb: its clausal complement, or the object of "deny"-like verbs. */
  static int[] after(ClaimTree t, int v) {
    List<Integer> parts = new ArrayList<>();
    for (int c : complements(t, v)) {
      if (c > v) {
        parts.add(c);
      }
    }
    for (int c : t.children(v, "parataxis")) {
      if (c > v && introducedByColonOrQuote(t, v, c)) {
        parts.add(c);
      }
    }
    if (parts.isEmpty() && ClaimLexicon.OBJECT_CONTENT_VERBS.contains(t.lemma(v))) {
      int obj = t.child(v, "obj");
      if (obj > v) {
        parts.add(claimedClause(t, obj));
      }
    }
    if (parts.isEmpty() && SpeechSubjects.isPassive(t, v)) {
      return passiveRaising(t, v);
    }
    if (parts.isEmpty() && ClaimLexicon.ACCUSING_VERBS.contains(t.lemma(v))) {
      return accusation(t, v);
    }
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int p : parts) {
      first = Math.min(first, Math.max(v + 1, t.first(p)));
      last = Math.max(last, t.last(p));
    }
    if (parts.isEmpty() || isQuestion(t, first)) {
      return null;
    }
    return t.trimmed(first, beforeNextCue(t, v, first, last));
  }

  /** "revealed who he would pick", "asked whether": an embedded question claims nothing. */
  private static boolean isQuestion(ClaimTree t, int first) {
    String w = t.word(first).toLowerCase(Locale.ROOT);
    return t.pos(first).startsWith("W") && !Set.of("how", "why", "that").contains(w)
        || w.equals("whether") || w.equals("if");
  }

  /**
   * The verb's clausal complements, also when the parse hung one on a noun in between ("reported,
   * citing officials, that ..." with the clause under "officials").
   */
  private static List<Integer> complements(ClaimTree t, int v) {
    List<Integer> out = new ArrayList<>(t.children(v, "ccomp"));
    if (out.isEmpty()) {
      for (int n : t.children(v, "obj", "obl")) {
        for (int c : t.children(n, "ccomp")) {
          if (t.child(c, "mark") > 0) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  /**
   * Ends the content before a trailing "..., adding:", "..., saying" or "and 60 percent said ..."
   * that makes a claim of its own.
   */
  private static int beforeNextCue(ClaimTree t, int v, int first, int last) {
    for (int c = first + 1; c <= last; c++) {
      boolean ownClaim = t.pos(c).equals("VBG")
          || t.baseRelation(c).equals("conj") && t.child(c, "nsubj") > 0;
      if (c != v && ownClaim && SpeechClauses.isCue(t, c) && t.last(c) >= last
          && t.first(c) > first) {
        return t.first(c) - 1;
      }
    }
    return last;
  }

  /** "denied reports that S": the clause S rather than the word "reports". */
  private static int claimedClause(ClaimTree t, int obj) {
    if (ClaimLexicon.CLAIM_NOUNS.contains(t.lemma(obj))) {
      int clause = t.child(obj, "acl", "ccomp");
      if (clause > obj) {
        return clause;
      }
    }
    return obj;
  }

  /** "accused the Russians of convincing Maduro": the accused and what they are accused of. */
  private static int[] accusation(ClaimTree t, int v) {
    int obj = t.child(v, "obj");
    int charge = -1;
    for (int c : t.children(v, "advcl", "obl")) {
      String r = t.relation(c);
      if (c > obj && (r.endsWith(":of") || r.endsWith(":for"))) {
        charge = c;
      }
    }
    if (obj < v || charge < 0) {
      return null;
    }
    int last = t.last(charge);
    for (int c : t.children(v, "obl")) {
      if (c > charge && t.first(c) == last + 1) {
        last = t.last(c); // "of sending troops to Caracas" with "to Caracas" hung on the verb
      }
    }
    return t.trimmed(t.first(obj), last);
  }

  /** "X is said to be Y", "X is believed to have done Y": the whole raised clause. */
  private static int[] passiveRaising(ClaimTree t, int v) {
    int subject = t.child(v, "nsubj:pass");
    int xcomp = t.child(v, "xcomp");
    if (subject < 0 || xcomp < v || t.pos(subject).equals("PRP")) {
      return null;
    }
    return t.trimmed(t.first(subject), t.last(xcomp));
  }

  private static boolean introducedByColonOrQuote(ClaimTree t, int v, int c) {
    for (int i = v + 1; i < t.first(c); i++) {
      if (t.word(i).equals(":") || t.pos(i).equals("``")) {
        return true;
      }
    }
    return false;
  }
}
