package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech around the speech verbs of one sentence: "X said (that) S", "S, X said",
 * "X told Y S", "X denied S", "A, X claimed, B", and "X noted, adding:" before a block quote.
 * Finds the cue, the token heading its speaker ({@link SpeechSubjects}) and the content's tokens
 * ({@link SpeechComplements} after the cue, {@link SpeechLeadIns} before it); sources, chains and
 * quotes are settled later at document level.
 */
final class SpeechClauses {
  /** Relations by which a participle is used as a noun or its modifier ("the reported deaths"). */
  private static final Set<String> NOMINAL =
      Set.of("amod", "compound", "nmod", "obl", "nsubj", "obj", "iobj", "case", "det", "fixed");
  private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "whatever");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "nt", "nor",
      "neither");

  /**
   * Where speaker and content are: the speaker's head token (-1 when none), the content's
   * tokens, or a block quote after a colon, or a quote closing the sentence before.
   */
  private record Shape(int subject, int[] range, boolean block, boolean quoteBefore) {}

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
  static boolean isNominal(ClaimTree t, int v) {
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
    Shape shape = shape(t, v);
    if (shape == null) {
      return null;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueToken = v;
    d.speech = true;
    d.cueSpan = t.span(negated ? negationStart(t, v) : v, v);
    d.negated = negated;
    d.block = shape.block();
    d.quoteBefore = shape.quoteBefore();
    d.content = shape.range() == null ? null : t.span(shape.range()[0], shape.range()[1]);
    d.sourceless = SpeechSubjects.isPassive(t, v) && shape.subject() < 0;
    d.subjectHead = shape.subject();
    return d;
  }

  /**
   * Where speaker and content lie around the verb, trying the shapes from the most telling: a
   * quote right before the reporting clause, a complement after the verb, a parenthetical
   * "A, he claimed, B", content before a reporting clause that closes the sentence.
   */
  private static Shape shape(ClaimTree t, int v) {
    int subject = SpeechSubjects.subject(t, v);
    int[] after = SpeechSubjects.isInvertedOrder(t, v, subject)
        ? SpeechSubjects.chunkAfter(t, v) : null;
    if (after != null) {
      subject = after[1]; // "“S,” said Cruz, who ..."
    }
    int[] range = quoteFirst(t, v, subject, after != null);
    if (range == null) {
      range = SpeechComplements.inverted(t, v);
    }
    if (range == null) {
      range = SpeechComplements.after(t, v);
    }
    if (range == null && SpeechSubjects.isDirectSubject(t, v, subject)) {
      range = SpeechLeadIns.parenthetical(t, v, subject);
    }
    if (range == null && SpeechLeadIns.closesSentence(t, v)) {
      int[] chunk = SpeechSubjects.chunkBefore(t, v);
      if (chunk != null && (subject < 0 || !t.dominates(subject, chunk[1]))) {
        return finish(t, v, chunk[1], SpeechLeadIns.before(t, v, chunk[0]));
      }
      if (SpeechSubjects.isDirectSubject(t, v, subject)) {
        range = SpeechLeadIns.before(t, v, SpeechSubjects.leftEdge(t, v, subject));
      }
    }
    return finish(t, v, subject, range);
  }

  /** "“S,” said X" and "“S,” X told CBS' Face the Nation": the quote wins over a complement. */
  private static int[] quoteFirst(ClaimTree t, int v, int subject, boolean inverted) {
    if (inverted) {
      return SpeechLeadIns.before(t, v, v);
    }
    if (SpeechSubjects.isDirectSubject(t, v, subject) && subject < v) {
      return SpeechLeadIns.quotedBefore(t, v, SpeechSubjects.leftEdge(t, v, subject));
    }
    return null;
  }

  /** The shape, with a speaker found by position if the parse gave none, or null. */
  private static Shape finish(ClaimTree t, int v, int subject, int[] range) {
    if (subject < 0 && !t.pos(v).equals("VBG")) {
      int[] chunk = SpeechSubjects.chunkBefore(t, v);
      subject = chunk != null ? chunk[1] : SpeechSubjects.openingSubject(t, v);
    }
    boolean block = range == null && t.word(t.size()).equals(":");
    boolean quoteBefore = range == null && !block && SpeechLeadIns.opensSentence(t, v, subject);
    return range == null && !block && !quoteBefore ? null
        : new Shape(subject, range, block, quoteBefore);
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
}
