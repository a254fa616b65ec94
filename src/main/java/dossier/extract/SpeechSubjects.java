package dossier.extract;

import java.util.Set;

/**
 * The token that heads the speaker of a speech verb: its subject, the subject of the clause a
 * participle hangs on ("..., adding:"), or, since parses of long sentences often hang the verb
 * elsewhere, the noun phrase that the usual surface shapes of news attribution put next to it
 * ("..., Bloomberg reported Monday", "“S,” said Cruz").
 */
final class SpeechSubjects {
  /** Tags inside a short noun phrase: "the U.S. Department of State (DOS)". */
  private static final Set<String> CHUNK_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ",
      "PRP", "POS", "CD", "PRP$", "HYPH", "-LRB-", "-RRB-", "IN");

  private SpeechSubjects() {}

  /** The speaker's head token: the verb's subject, or for a participle its governor's. */
  static int subject(ClaimTree t, int v) {
    if (isPassive(t, v)) {
      return t.child(v, "obl:agent");
    }
    int best = -1; // the nearest subject before the verb, else the nearest after it
    for (int s : t.enhancedChildren(v, "nsubj")) {
      if (best < 0 || s < v && (best > v || s > best) || s > v && best > v && s < best) {
        best = s;
      }
    }
    if (best > 0) {
      return publisher(t, best);
    }
    for (int c : t.children(v, "csubj")) {
      if (c < v && t.pos(c).equals("VBN") && t.child(c, "nsubj") > 0) {
        return t.child(c, "nsubj"); // "A court document filed Thursday says"
      }
    }
    if (t.baseRelation(v).equals("acl")) {
      return t.pos(v).equals("VBG") ? publisher(t, t.head(v)) : -1; // "a statement saying"
    }
    return t.pos(v).equals("VBG") || t.pos(v).equals("VBN") ? inherited(t, v) : -1;
  }

  /**
   * Who speaks through a document: "His office put out a statement saying", "Paul released a
   * video that accuses": the one who issued it. Any other speaker stays as it is.
   */
  private static int publisher(ClaimTree t, int speaker) {
    if (!ClaimLexicon.SOURCE_NOUNS.contains(t.lemma(speaker))
        || !t.baseRelation(speaker).equals("obj")) {
      return speaker;
    }
    int issuer = t.child(t.head(speaker), "nsubj");
    return issuer > 0 ? issuer : speaker;
  }

  /** "Acknowledging that S, Bloomberg noted ..., adding:": the governing speaker first. */
  private static int inherited(ClaimTree t, int v) {
    for (int a = t.head(v); a > 0; a = t.head(a)) {
      if (SpeechClauses.isCue(t, a) && !t.enhancedChildren(a, "nsubj").isEmpty()) {
        return t.enhancedChildren(a, "nsubj").get(0);
      }
    }
    int a = t.head(v);
    return a > 0 ? t.child(a, "nsubj", "nsubj:pass") : -1;
  }

  static boolean isPassive(ClaimTree t, int v) {
    return t.child(v, "aux:pass") > 0 || t.child(v, "nsubj:pass") > 0;
  }

  static boolean isDirectSubject(ClaimTree t, int v, int subject) {
    return subject > 0 && t.enhancedChildren(v, "nsubj").contains(subject);
  }

  /** "“S,” said X" and "S, said X", but not "S, X told Bloomberg". */
  static boolean isInvertedOrder(ClaimTree t, int v, int subject) {
    if (v <= 2 || t.lemma(v).equals("tell") || t.pos(v).equals("VBG")
        || t.pos(v).equals("VBN")) {
      return false;
    }
    return t.isQuoteMark(v - 1)
        || t.word(v - 1).equals(",") && !(isDirectSubject(t, v, subject) && subject < v);
  }

  /**
   * A short noun phrase right before the verb and after a comma or quote, as in "...,
   * Bloomberg reported Monday": its first token and its head, or null. Parses of long
   * sentences often hang such a verb elsewhere.
   */
  static int[] chunkBefore(ClaimTree t, int v) {
    int i = v - 1;
    if (i > 1 && t.word(i).equals(",")) {
      i--; // "..., Juan Guaidó, announced"
    }
    while (i >= 1 && (t.pos(i).startsWith("RB") || t.pos(i).equals("MD")
        || t.head(i) == v && t.baseRelation(i).equals("aux"))) {
      i--;
    }
    int end = i;
    while (i >= 1 && CHUNK_TAGS.contains(t.pos(i)) && end - i < 10) {
      i--;
    }
    if (i == end || i < 1 || !t.isClauseBreak(i)) {
      return null;
    }
    int head = chunkHead(t, i + 1, end);
    return head < 0 ? null : new int[] {i + 1, head};
  }

  /** A short noun phrase right after the verb, up to a comma or the end: "said Cruz, who". */
  static int[] chunkAfter(ClaimTree t, int v) {
    int i = v + 1;
    while (i <= t.size() && CHUNK_TAGS.contains(t.pos(i)) && i - v <= 10) {
      i++;
    }
    if (i == v + 1 || i <= t.size() && !t.isPunct(i)) {
      return null;
    }
    int head = chunkHead(t, v + 1, i - 1);
    return head < 0 ? null : new int[] {v + 1, head};
  }

  /** The last noun before any "of" or bracket: "Department" in "the Department of State (DOS)". */
  private static int chunkHead(ClaimTree t, int first, int last) {
    int head = -1;
    for (int k = first; k <= last; k++) {
      if (t.pos(k).equals("IN") || t.pos(k).equals("-LRB-")) {
        break;
      }
      if (t.pos(k).startsWith("NN") || t.pos(k).equals("PRP")) {
        head = k;
      }
    }
    return head;
  }

  /** "Insight Crime, which documents ..., reported": the noun phrase opening the sentence. */
  static int openingSubject(ClaimTree t, int v) {
    int i = 1;
    while (i < v && CHUNK_TAGS.contains(t.pos(i)) && !t.pos(i).equals("IN")) {
      i++;
    }
    return i > 1 && i < v && t.word(i).equals(",") ? chunkHead(t, 1, i - 1) : -1;
  }

  /** The first token of the reporting clause: the speaker's phrase or the verb. */
  static int leftEdge(ClaimTree t, int v, int subject) {
    int left = subject > 0 && subject < v ? t.first(subject) : v;
    for (int c : t.children(v, "aux", "advmod", "cop", "expl")) {
      if (c < v) {
        left = Math.min(left, t.first(c));
      }
    }
    return left;
  }
}
