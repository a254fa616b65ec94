package dossier.extract;

import dossier.model.Span;
import java.util.List;
import java.util.Set;

/**
 * A paragraph that opens with a name and a colon: the headline "Bill Clinton: Hillary ‘Better
 * Qualified’" and the transcript line "Matthews: Well, speculation is bad." The name is the
 * speaker, the colon the cue and the rest of the paragraph the content.
 */
final class ColonLeadIns {
  /** How many words a speaker's name before the colon may have: "Former AG Mukasey at RNC". */
  private static final int MAX_NAME = 6;
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ",
      "POS", "IN", "CD");
  private static final Set<String> SPEAKER_NER = Set.of("PERSON", "ORGANIZATION", "TITLE");

  private final List<Span> paragraphs;

  ColonLeadIns(List<Span> paragraphs) {
    this.paragraphs = paragraphs;
  }

  /** The claim of sentence {@code t} if it opens its paragraph with "Name:", or null. */
  ClaimDraft find(ClaimTree t, int sentence) {
    int colon = colonAfterName(t);
    int p = ClaimParagraphs.indexOf(paragraphs, t.sentence().span().start());
    if (colon < 0 || p < 0 || paragraphs.get(p).start() != t.sentence().span().start()
        || colon + 2 > t.size()) {
      return null;
    }
    int head = speaker(t, colon - 1);
    if (head < 0) {
      return null;
    }
    ClaimDraft d = new ClaimDraft(sentence);
    d.cueSpan = t.token(colon).span();
    d.subjectHead = head;
    d.content = new Span(t.token(colon + 1).span().start(), paragraphs.get(p).end());
    return d;
  }

  /** The colon that ends a short name at the start of the sentence, or -1. */
  private static int colonAfterName(ClaimTree t) {
    for (int i = 1; i <= Math.min(t.size(), MAX_NAME + 1); i++) {
      if (t.word(i).equals(":")) {
        return i > 1 ? i : -1;
      }
      if (!NAME_TAGS.contains(t.pos(i))) {
        return -1;
      }
    }
    return -1;
  }

  /** The name's head, the last noun before any preposition, if it names a speaker; else -1. */
  private static int speaker(ClaimTree t, int last) {
    int head = -1;
    boolean speaker = false;
    for (int i = 1; i <= last && !t.pos(i).equals("IN"); i++) {
      if (t.pos(i).startsWith("NN")) {
        head = i;
      }
      speaker |= SPEAKER_NER.contains(t.token(i).ner());
    }
    boolean source = head > 0 && ClaimLexicon.SOURCE_NOUNS.contains(t.lemma(head));
    return speaker || source ? head : -1;
  }
}
