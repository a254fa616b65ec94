package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions by verbs of stance, thought and evidence: "X wants to run", "polls show Y ahead",
 * "X criticized Y for Z", "X called for his dismissal". The speaker is the verb's subject and the
 * content what the verb takes after it in its clause: object, complement and the prepositional
 * phrases that say what the stance is about.
 */
final class StanceClauses {
  /** Relations of what a stance verb says something about. */
  private static final Set<String> CONTENT = Set.of("obj", "iobj", "ccomp", "xcomp", "obl",
      "advcl");
  /** Prepositions that open what a stance is about: "called for", "criticized ... for". */
  private static final Set<String> ABOUT = Set.of("for", "about", "against", "of", "on", "as",
      "to", "over", "with", "into");
  /** The same for clauses: "criticized Ford for opening", but not "to win votes" (a purpose). */
  private static final Set<String> ABOUT_CLAUSE = Set.of("for", "about", "against", "of", "as",
      "over");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  private StanceClauses() {}

  /** This sentence's stance attributions, leaving out verbs that already cue a claim. */
  static List<ClaimDraft> find(ClaimTree t, int sentence, List<ClaimDraft> speech) {
    List<ClaimDraft> out = new ArrayList<>();
    for (int v = 1; v <= t.size(); v++) {
      if (isCue(t, v) && !cues(speech, v)) {
        ClaimDraft d = clause(t, sentence, v);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static boolean isCue(ClaimTree t, int v) {
    return ClaimLexicon.STANCE_VERBS.contains(t.lemma(v)) && t.isVerb(v)
        && !SpeechClauses.isNominal(t, v) && !SpeechSubjects.isPassive(t, v);
  }

  private static boolean cues(List<ClaimDraft> drafts, int v) {
    return drafts.stream().anyMatch(d -> d.cueToken == v);
  }

  private static ClaimDraft clause(ClaimTree t, int sentence, int v) {
    int subject = SpeechSubjects.subject(t, v);
    List<Integer> parts = parts(t, v);
    if (subject < 0 || parts.isEmpty()) {
      return null;
    }
    int first = t.first(parts.get(0));
    int cueEnd = v;
    int marker = prepositionAt(t, parts.get(0), first);
    if (marker > 0) {
      first = marker + 1;
      cueEnd = marker == v + 1 ? marker : v; // "called for": the preposition belongs to the cue
    }
    int[] range = t.trimmed(Math.max(first, v + 1), t.last(parts.get(parts.size() - 1)));
    if (range == null) {
      return null;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueToken = v;
    d.cueSpan = t.span(cueStart(t, v), cueEnd);
    d.content = t.span(range[0], range[1]);
    d.subjectHead = subject;
    return d;
  }

  /**
   * The verb with the auxiliaries and adverbs right before it: "did not support" is a stance all
   * the same, "has publicly derided" one cue.
   */
  private static int cueStart(ClaimTree t, int v) {
    int first = v;
    while (first > 1 && t.head(first - 1) == v
        && Set.of("aux", "advmod").contains(t.baseRelation(first - 1))) {
      first--;
    }
    return first;
  }

  /** The verb's dependents after it that say what the stance is about, in order. */
  private static List<Integer> parts(ClaimTree t, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : t.children(v)) {
      if (c > v && CONTENT.contains(t.baseRelation(c)) && isAbout(t, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Not an adjunct of time, place or manner: "on Monday", "in a statement". */
  private static boolean isAbout(ClaimTree t, int c) {
    String r = t.baseRelation(c);
    if (!r.equals("obl") && !r.equals("advcl")) {
      return !TIME_NER.contains(t.token(c).ner());
    }
    int marker = t.child(c, "case", "mark");
    Set<String> about = r.equals("obl") ? ABOUT : ABOUT_CLAUSE;
    return marker > 0 && marker < c && about.contains(t.lemma(marker))
        && !TIME_NER.contains(t.token(c).ner());
  }

  /** The preposition opening {@code part} at {@code first}, or -1. */
  private static int prepositionAt(ClaimTree t, int part, int first) {
    int marker = t.child(part, "case", "mark");
    String r = t.baseRelation(part);
    return (r.equals("obl") || r.equals("advcl")) && marker == first ? marker : -1;
  }
}
