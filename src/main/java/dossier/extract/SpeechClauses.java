package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech around the speech verbs of one sentence: "X said (that) S", "S, X said",
 * "X told Y S", "X denied S", "A, X claimed, B", and "X noted, adding:" before a block quote.
 * Finds the cue, the token heading its speaker and the content's tokens; sources, chains and
 * quotes are settled later at document level. Long sentences are often misparsed (the speech
 * verb hung under its own complement), so the usual surface shapes of news attribution back up
 * the parse.
 */
final class SpeechClauses {
  /** Relations by which a participle is used as a noun or its modifier ("the reported deaths"). */
  private static final Set<String> NOMINAL =
      Set.of("amod", "compound", "nmod", "obl", "nsubj", "obj", "iobj", "case", "det", "fixed");
  /** Relations of a speech verb misparsed as hanging under its own complement. */
  private static final Set<String> INVERTED = Set.of("csubj", "nsubj", "dep");
  /** What may follow a verb that closes its sentence: "..., X said in a statement on Monday". */
  private static final Set<String> TRAILING = Set.of("obl", "nmod", "advmod", "advcl", "punct",
      "dep", "appos", "parataxis", "cc");
  private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "whatever");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "nt", "nor",
      "neither");
  /** Tags inside a short noun phrase: "the U.S. Department of State (DOS)". */
  private static final Set<String> CHUNK_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ",
      "PRP", "POS", "CD", "PRP$", "HYPH", "-LRB-", "-RRB-", "IN");

  private SpeechClauses() {}

  static List<ClaimDraft> find(ClaimTree t, int sentence) {
    List<ClaimDraft> out = new ArrayList<>();
    for (int v = 1; v <= t.size(); v++) {
      if (isCue(t, v)) {
        ClaimDraft d = clause(t, sentence, v);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  static boolean isCue(ClaimTree t, int v) {
    if (!ClaimLexicon.SPEECH_VERBS.contains(t.lemma(v)) || isParticipleModifier(t, v)) {
      return false;
    }
    return t.isVerb(v) && !isNominal(t, v) || isMistaggedVerb(t, v);
  }

  /** A participle used as a noun's modifier; a finite verb in such a place is a misparse. */
  private static boolean isNominal(ClaimTree t, int v) {
    return (t.pos(v).equals("VBN") || t.pos(v).equals("VBG"))
        && NOMINAL.contains(t.baseRelation(v));
  }

  /** "a person believed to work for ...": a description, not an attribution. */
  private static boolean isParticipleModifier(ClaimTree t, int v) {
    return t.baseRelation(v).equals("acl") && t.pos(v).equals("VBN");
  }

  /** "..., CNN reports." with "reports" tagged as a plural noun. */
  private static boolean isMistaggedVerb(ClaimTree t, int v) {
    return t.pos(v).equals("NNS") && v > 1 && v < t.size() && t.isProperNoun(v - 1)
        && t.isPunct(v + 1);
  }

  private static ClaimDraft clause(ClaimTree t, int sentence, int v) {
    boolean negated = isNegated(t, v);
    if (negated && !ClaimLexicon.CONFIRM_VERBS.contains(t.lemma(v)) || hasWhWord(t, v)) {
      return null; // "could not say when", "how a candidate responds": nothing is claimed
    }
    int subject = subject(t, v);
    int[] range = null;
    int[] after = isInvertedOrder(t, v, subject) ? chunkAfter(t, v) : null;
    if (after != null) { // "“S,” said Cruz, who ..."
      subject = after[1];
      range = before(t, v, v);
    } else if (isDirectSubject(t, v, subject) && subject < v) {
      range = quotedBefore(t, v, leftEdge(t, v, subject)); // "“S,” X told CBS' Face the Nation"
    }
    if (range == null) {
      range = inverted(t, v);
    }
    if (range == null) {
      range = after(t, v);
    }
    if (range == null && isDirectSubject(t, v, subject)) {
      range = parenthetical(t, v, subject);
    }
    if (range == null && closesSentence(t, v)) {
      int[] chunk = chunkBefore(t, v);
      if (chunk != null && (subject < 0 || !t.dominates(subject, chunk[1]))) {
        subject = chunk[1];
        range = before(t, v, chunk[0]);
      } else if (isDirectSubject(t, v, subject)) {
        range = before(t, v, leftEdge(t, v, subject));
      }
    }
    if (subject < 0 && !t.pos(v).equals("VBG")) {
      int[] chunk = chunkBefore(t, v);
      subject = chunk != null ? chunk[1] : openingSubject(t, v);
    }
    boolean block = range == null && t.word(t.size()).equals(":");
    boolean quoteBefore = range == null && !block && opensSentence(t, v, subject);
    if (range == null && !block && !quoteBefore) {
      return null;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueToken = v;
    d.cueSpan = t.span(negated ? negationStart(t, v) : v, v);
    d.negated = negated;
    d.block = block;
    d.quoteBefore = quoteBefore;
    d.content = range == null ? null : t.span(range[0], range[1]);
    d.sourceless = isPassive(t, v) && subject < 0;
    d.subjectHead = subject;
    return d;
  }

  /** "X also told Reuters there was ..." parsed with "told" under "was": what follows the cue. */
  private static int[] inverted(ClaimTree t, int v) {
    int h = t.head(v);
    if (h <= v || !INVERTED.contains(t.baseRelation(v)) || t.child(v, "xcomp") > 0) {
      return null; // "A person believed to work for ..." is no attribution
    }
    int first = skipAdjuncts(t, v);
    int last = t.last(h);
    for (int c : t.children(h, "conj")) {
      if (c > v && t.first(c) > first) {
        last = Math.min(last, t.first(c) - 1); // "..., but could not say when"
      }
    }
    int[] range = trim(t, first, last);
    return range != null && hasVerb(t, range) ? range : null;
  }

  /** "how a candidate responds", "what he said": a question or free relative, no claim. */
  private static boolean hasWhWord(ClaimTree t, int v) {
    for (int c : t.children(v)) {
      if (c < v && QUESTION_WORDS.contains(t.word(c).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
  private static int[] after(ClaimTree t, int v) {
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
    if (parts.isEmpty() && isPassive(t, v)) {
      return passiveRaising(t, v);
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
    return trim(t, first, beforeNextCue(t, v, first, last));
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
      if (c != v && ownClaim && isCue(t, c) && t.last(c) >= last && t.first(c) > first) {
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

  /** "X is said to be Y", "X is believed to have done Y": the whole raised clause. */
  private static int[] passiveRaising(ClaimTree t, int v) {
    int subject = t.child(v, "nsubj:pass");
    int xcomp = t.child(v, "xcomp");
    if (subject < 0 || xcomp < v || t.pos(subject).equals("PRP")) {
      return null;
    }
    return trim(t, t.first(subject), t.last(xcomp));
  }

  private static boolean introducedByColonOrQuote(ClaimTree t, int v, int c) {
    for (int i = v + 1; i < t.first(c); i++) {
      if (t.word(i).equals(":") || t.pos(i).equals("``")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nothing but adjuncts follow the verb, as in a reporting clause after its content; not
   * "..., the soldiers had agreed to listen", whose verb has a complement.
   */
  private static boolean closesSentence(ClaimTree t, int v) {
    for (int c : t.children(v)) {
      String r = t.baseRelation(c);
      boolean addressee = r.equals("iobj") || t.lemma(v).equals("tell")
          && (r.equals("obj") || r.equals("xcomp"));
      boolean allowed = TRAILING.contains(r) || addressee || quoteBetween(t, v, t.first(c)); // "S1,” X added, “S2"
      if (c > v && !allowed) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoteBetween(ClaimTree t, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (isQuoteMark(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** Content before the reporting clause that starts at {@code left}: "S, X said". */
  private static int[] before(ClaimTree t, int v, int left) {
    int edge = left - 1;
    while (edge >= 1 && isQuoteMark(t, edge)) {
      edge--;
    }
    if (edge < 2 || !isClauseBreak(t, edge) && !isQuoteMark(t, left - 1)) {
      return null;
    }
    int[] range = trim(t, 1, edge);
    boolean quoted = isQuoteMark(t, left - 1);
    return range != null && (quoted || isStatement(t, v, range)) ? range : null;
  }

  /**
   * The sentence is a bare reporting clause ("Trump said, looking out on the crowd."): its
   * content must be the quote that ended the sentence before.
   */
  private static boolean opensSentence(ClaimTree t, int v, int subject) {
    if (!isDirectSubject(t, v, subject) || subject > v || !closesSentence(t, v)) {
      return false;
    }
    for (int i = 1; i < leftEdge(t, v, subject); i++) {
      if (!t.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  /** A quote that ends right before the reporting clause: what the speaker said. */
  private static int[] quotedBefore(ClaimTree t, int v, int left) {
    return left > 2 && isQuoteMark(t, left - 1) ? before(t, v, left) : null;
  }

  /** "A, he claimed, B": the whole sentence, since neither side says the claim alone. */
  private static int[] parenthetical(ClaimTree t, int v, int subject) {
    if (subject > v) {
      return null;
    }
    int left = leftEdge(t, v, subject);
    int next = v + 1;
    if (left <= 2 || !t.word(left - 1).equals(",") || next >= t.size()
        || !t.word(next).equals(",") || t.pos(next + 1).equals("VBG")) {
      return null;
    }
    int[] rest = trim(t, next + 1, t.size());
    return rest != null && hasVerb(t, rest) ? trim(t, 1, t.size()) : null;
  }

  /** The first token of the reporting clause: the speaker's phrase or the verb. */
  private static int leftEdge(ClaimTree t, int v, int subject) {
    int left = subject > 0 && subject < v ? t.first(subject) : v;
    for (int c : t.children(v, "aux", "advmod", "cop", "expl")) {
      if (c < v) {
        left = Math.min(left, t.first(c));
      }
    }
    return left;
  }

  private static boolean isDirectSubject(ClaimTree t, int v, int subject) {
    return subject > 0 && t.enhancedChildren(v, "nsubj").contains(subject);
  }

  /**
   * The words before the verb make a statement, not just the verb's own adjuncts ("In a
   * statement on Monday, X said:").
   */
  private static boolean isStatement(ClaimTree t, int v, int[] range) {
    if (!hasVerb(t, range) && range[1] - range[0] < 2) {
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

  private static boolean hasVerb(ClaimTree t, int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      if (t.isVerb(i) || t.relation(i).equals("cop")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseBreak(ClaimTree t, int i) {
    String p = t.pos(i);
    return p.equals(",") || p.equals(":") || isQuoteMark(t, i);
  }

  private static boolean isQuoteMark(ClaimTree t, int i) {
    return t.pos(i).equals("''") || t.pos(i).equals("``");
  }

  /**
   * A short noun phrase right before the verb and after a comma or quote, as in "...,
   * Bloomberg reported Monday": its first token and its head, or null. Parses of long
   * sentences often hang such a verb elsewhere.
   */
  private static int[] chunkBefore(ClaimTree t, int v) {
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
    if (i == end || i < 1 || !isClauseBreak(t, i)) {
      return null;
    }
    int head = chunkHead(t, i + 1, end);
    return head < 0 ? null : new int[] {i + 1, head};
  }

  /** "“S,” said X" and "S, said X", but not "S, X told Bloomberg". */
  private static boolean isInvertedOrder(ClaimTree t, int v, int subject) {
    if (v <= 2 || t.lemma(v).equals("tell")) {
      return false;
    }
    return isQuoteMark(t, v - 1)
        || t.word(v - 1).equals(",") && !(isDirectSubject(t, v, subject) && subject < v);
  }

  /** A short noun phrase right after the verb, up to a comma or the end: "said Cruz, who". */
  private static int[] chunkAfter(ClaimTree t, int v) {
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
  private static int openingSubject(ClaimTree t, int v) {
    int i = 1;
    while (i < v && CHUNK_TAGS.contains(t.pos(i)) && !t.pos(i).equals("IN")) {
      i++;
    }
    return i > 1 && i < v && t.word(i).equals(",") ? chunkHead(t, 1, i - 1) : -1;
  }

  /** The speaker's head token: the verb's subject, or for a participle its governor's. */
  static int subject(ClaimTree t, int v) {
    if (isPassive(t, v)) {
      return t.child(v, "obl:agent");
    }
    int best = -1;
    for (int s : t.enhancedChildren(v, "nsubj")) {
      if (best < 0 || s < v && (best > v || s > best) || s > v && best > v && s < best) {
        best = s;
      }
    }
    if (best > 0) {
      return best;
    }
    if (t.baseRelation(v).equals("acl")) {
      return t.pos(v).equals("VBG") ? t.head(v) : -1; // "a statement saying that ..."
    }
    return t.pos(v).equals("VBG") || t.pos(v).equals("VBN") ? inherited(t, v) : -1;
  }

  /** "Acknowledging that S, Bloomberg noted ..., adding:": the governing speaker first. */
  private static int inherited(ClaimTree t, int v) {
    for (int a = t.head(v); a > 0; a = t.head(a)) {
      if (isCue(t, a) && !t.enhancedChildren(a, "nsubj").isEmpty()) {
        return t.enhancedChildren(a, "nsubj").get(0);
      }
    }
    int a = t.head(v);
    return a > 0 ? t.child(a, "nsubj", "nsubj:pass") : -1;
  }

  static boolean isPassive(ClaimTree t, int v) {
    return t.child(v, "aux:pass") > 0 || t.child(v, "nsubj:pass") > 0;
  }

  /** "did not confirm", "declined to confirm", "nor has X suggested", "did not want to say". */
  private static boolean isNegated(ClaimTree t, int v) {
    int h = t.head(v);
    boolean complement = h > 0 && Set.of("xcomp", "ccomp").contains(t.baseRelation(v));
    return hasNegation(t, v) || complement && hasNegation(t, h)
        || complement && ClaimLexicon.WITHHOLDING_VERBS.contains(t.lemma(h));
  }

  private static boolean hasNegation(ClaimTree t, int v) {
    for (int c : t.children(v, "advmod", "neg", "cc")) {
      if (NEGATIONS.contains(t.word(c).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first word of "did not confirm" or "declined to confirm". */
  private static int negationStart(ClaimTree t, int v) {
    int first = v;
    for (int c : t.children(v, "aux", "advmod", "neg", "mark")) {
      if (c < v) {
        first = Math.min(first, c);
      }
    }
    int h = t.head(v);
    if (h > 0 && h < v && t.baseRelation(v).equals("xcomp")) {
      first = Math.min(first, h);
    }
    return first;
  }

  /** The range without punctuation at either end, a leading "that" or a trailing "and". */
  static int[] trim(ClaimTree t, int first, int last) {
    while (first <= last && (t.isPunct(first) || isComplementizer(t, first))) {
      first++;
    }
    while (last >= first && (t.isPunct(last) || t.pos(last).equals("CC"))) {
      last--;
    }
    return first > last ? null : new int[] {first, last};
  }

  /** "that" opening a clause, not "that" as a pronoun ("that is false"). */
  private static boolean isComplementizer(ClaimTree t, int i) {
    if (!t.word(i).equalsIgnoreCase("that") || i == t.size()) {
      return false;
    }
    String r = t.baseRelation(i);
    return r.equals("mark") || !r.equals("det") && !r.startsWith("nsubj") && !t.isVerb(i + 1)
        && !t.pos(i + 1).equals("MD") && !t.isPunct(i + 1);
  }
}
