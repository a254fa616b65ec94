package dossier.extract;

import java.util.Set;

/**
 * Content before the reporting clause: "S, X said", "“S,” X told Y", "A, he claimed, B", and a
 * reporting clause that opens its sentence after a quoted one.
 */
final class SpeechLeadIns {
  /** What may follow a verb that closes its sentence: "..., X said in a statement on Monday". */
  private static final Set<String> TRAILING = Set.of("obl", "nmod", "advmod", "advcl", "punct",
      "dep", "appos", "parataxis", "cc");

  private SpeechLeadIns() {}

  /**
   * Nothing but adjuncts follow the verb, as in a reporting clause after its content; not
   * "..., the soldiers had agreed to listen", whose verb has a complement.
   */
  static boolean closesSentence(ClaimTree t, int v) {
    for (int c : t.children(v)) {
      String r = t.baseRelation(c);
      boolean addressee = r.equals("iobj") || t.lemma(v).equals("tell")
          && (r.equals("obj") || r.equals("xcomp"));
      // "S1,” X added, “S2": the second quote goes on with the claim, not with the verb
      boolean allowed = TRAILING.contains(r) || addressee || quoteBetween(t, v, t.first(c));
      if (c > v && !allowed) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoteBetween(ClaimTree t, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (t.isQuoteMark(i)) {
        return true;
      }
    }
    return false;
  }

  /** Content before the reporting clause that starts at {@code left}: "S, X said". */
  static int[] before(ClaimTree t, int v, int left) {
    int edge = left - 1;
    while (edge >= 1 && t.isQuoteMark(edge)) {
      edge--;
    }
    if (edge < 2 || !t.isClauseBreak(edge) && !t.isQuoteMark(left - 1)) {
      return null;
    }
    int[] range = t.trimmed(1, edge);
    if (range == null) {
      return null;
    }
    boolean quoted = t.isQuoteMark(left - 1) && (t.hasVerb(range) || opensWithQuote(t, left - 1));
    return quoted || isStatement(t, v, range) ? range : null;
  }

  /**
   * The quote that closes at {@code close} began the sentence, or an earlier one: "“Your Honor,”
   * he said", not "Friday on CNN's “New Day,” Gillibrand told".
   */
  private static boolean opensWithQuote(ClaimTree t, int close) {
    for (int i = close - 1; i > 1; i--) {
      if (t.pos(i).equals("``")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sentence is a bare reporting clause ("Trump said, looking out on the crowd."): its
   * content must be the quote that ended the sentence before.
   */
  static boolean opensSentence(ClaimTree t, int v, int subject) {
    if (!SpeechSubjects.isDirectSubject(t, v, subject) || subject > v || !closesSentence(t, v)) {
      return false;
    }
    for (int i = 1; i < SpeechSubjects.leftEdge(t, v, subject); i++) {
      if (!t.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  /** A quote that ends right before the reporting clause: what the speaker said. */
  static int[] quotedBefore(ClaimTree t, int v, int left) {
    return left > 2 && t.isQuoteMark(left - 1) ? before(t, v, left) : null;
  }

  /** "A, he claimed, B": the whole sentence, since neither side says the claim alone. */
  static int[] parenthetical(ClaimTree t, int v, int subject) {
    if (subject > v) {
      return null;
    }
    int left = SpeechSubjects.leftEdge(t, v, subject);
    int next = v + 1;
    if (left <= 2 || !t.word(left - 1).equals(",") || next >= t.size()
        || !t.word(next).equals(",") || t.pos(next + 1).equals("VBG")) {
      return null;
    }
    int[] rest = t.trimmed(next + 1, t.size());
    return rest != null && t.hasVerb(rest) ? t.trimmed(1, t.size()) : null;
  }

  /**
   * The words before the verb make a statement, not just the verb's own adjuncts ("In a
   * statement on Monday, X said:").
   */
  private static boolean isStatement(ClaimTree t, int v, int[] range) {
    if (!t.hasVerb(range) && range[1] - range[0] < 2) {
      return false;
    }
    for (int i = range[0]; i <= range[1]; i++) {
      if (!t.dominates(v, i) || t.head(i) == v && isClause(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** A clause of its own under the verb, not an adjunct such as "After meeting Lavrov". */
  private static boolean isClause(ClaimTree t, int i) {
    String r = t.baseRelation(i);
    return Set.of("ccomp", "dep", "parataxis", "csubj").contains(r)
        || r.equals("advcl") && t.child(i, "nsubj", "nsubj:pass", "expl") > 0;
  }
}
