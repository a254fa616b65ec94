package dossier.extract;

import dossier.extract.ClaimSources.SpeakerKind;
import dossier.model.Ref;
import dossier.model.Span;
import java.util.Locale;
import java.util.Map;

/**
 * Names the speaker of each claim in document order, resolving pronouns against the speakers
 * and names before them, and remembers each speaker for the pronouns to come.
 */
final class ClaimSpeakers {
  /** Possessives resolve as their subject forms: "his opposition" is his. */
  private static final Map<String, String> POSSESSIVES =
      Map.of("his", "he", "her", "she", "their", "they", "its", "it");

  private final ClaimSources sources;
  private final SpeechAntecedents antecedents;

  ClaimSpeakers(ClaimSources sources, SpeechAntecedents antecedents) {
    this.sources = sources;
    this.antecedents = antecedents;
  }

  /** Sets the source of {@code d}, said in {@code t}, unless it has one or names nobody. */
  void name(ClaimTree t, ClaimDraft d) {
    int h = d.subjectHead;
    if (h < 0 || d.source != null) {
      return;
    }
    Span at = t.token(h).span();
    String word = t.word(h).toLowerCase(Locale.ROOT);
    SpeakerKind kind;
    boolean plural;
    if (ClaimSources.isPronoun(t, h)) {
      word = POSSESSIVES.getOrDefault(word, word);
      Ref antecedent = antecedents.resolve(word, at.start(), d.sentence);
      d.source = antecedent != null ? antecedent.saidAt(at) : unresolved(t, h);
      d.subjectSpan = at;
      kind = word.equals("it") ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON;
      plural = word.equals("they");
    } else {
      d.source = sources.ref(t, h);
      d.subjectSpan = d.source.span();
      Span relative = relativePronoun(t, h, d.cueSpan);
      if (relative != null) {
        d.source = d.source.saidAt(relative); // "Republicans, who oppose it": "who" says it
      }
      kind = sources.kind(t, h);
      plural = ClaimSources.isPlural(t, h);
    }
    if (d.cueToken > 0) {
      antecedents.speaker(d.source, at.start(), d.sentence, kind, plural);
    }
  }

  /** The "who" or "which" that stands for the speaker in a relative clause before the cue. */
  private static Span relativePronoun(ClaimTree t, int h, Span cue) {
    for (int r : t.children(h, "ref")) {
      if (r > h && t.token(r).span().end() <= cue.start()) {
        return t.token(r).span();
      }
    }
    return null;
  }

  /** A pronoun left as it is: "I" and "we" are the writer, anyone else is unidentified. */
  private Ref unresolved(ClaimTree t, int h) {
    String word = t.word(h).toLowerCase(Locale.ROOT);
    boolean writer = word.equals("i") || word.equals("we");
    return t.pos(h).startsWith("PRP") ? new Ref(t.word(h), t.token(h).span(), !writer)
        : sources.phraseRef(t, h);
  }
}
