package dossier.extract;

import dossier.model.Claim;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import java.util.ArrayList;
import java.util.List;

/** A claim while it is being put together; the finder's steps fill it in turn. */
final class ClaimDraft {
  /** Index of the sentence holding the cue. */
  final int sentence;
  String cue;
  Span cueSpan;
  /** Token of the cue verb in its sentence, or -1 when the cue is a phrase or adverb. */
  int cueToken = -1;
  /** True when a speech verb is the cue, so that quotes near it may be its speaker's too. */
  boolean speech;
  /** Token heading the phrase that names the speaker, or -1. */
  int subjectHead = -1;
  /** Where the speaker is named in this attribution (the pronoun itself when one was resolved). */
  Span subjectSpan;
  /** Who the content comes from: the speaker, or whom the speaker cites. */
  Ref source;
  final List<Ref> via = new ArrayList<>();
  Span content;
  /** True when the content is the paragraph after a cue that ends in a colon ("..., adding:"). */
  boolean block;
  /** True when the content is a quote that closes the sentence before: "“Q?” Trump said." */
  boolean quoteBefore;
  /** True for a passive cue with no agent ("it was reported that ..."). */
  boolean sourceless;
  boolean quoted;
  boolean negated;
  boolean hedged;
  Stance stance = Stance.ASSERTS;
  /** Set for claims made of a quote that borrows its speaker from a neighbouring attribution. */
  ClaimDraft borrowedFrom;

  ClaimDraft(int sentence) {
    this.sentence = sentence;
  }

  /** The whole attribution: speaker, cue and content. */
  Span evidence() {
    Span out = content.union(cueSpan);
    if (subjectSpan != null && borrowedFrom == null) {
      out = out.union(subjectSpan);
    }
    return out;
  }

  Claim toClaim(String text) {
    return new Claim(evidence(), source, cue, cueSpan, via, content.of(text), content, quoted,
        stance, hedged);
  }
}
