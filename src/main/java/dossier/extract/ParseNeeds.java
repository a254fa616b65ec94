package dossier.extract;

import dossier.model.Sentence;
import dossier.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentences whose dependency parse extraction reads: those with a word that may cue a claim
 * (a speech or stance verb, a claim noun, "according", "reportedly"), a quotation mark or colon
 * (quotes and lead-ins), an event verb, a number that is no date (quantities), an equipment
 * noun, or an organisation noun after a name ("Wagner group"). In the others no rule finds a
 * word to start from, so they need not be parsed, the costliest step of annotation.
 */
final class ParseNeeds {
  private static final Set<String> QUOTE_TAGS = Set.of("``", "''", ":");
  private static final Set<String> NOT_QUANTITIES = Set.of("DATE", "TIME", "DURATION", "SET",
      "ORDINAL");

  private final Set<String> cues = new HashSet<>();
  private final Set<String> eventVerbs;
  private final Set<String> equipment = MentionLexicon.words("equipment-heads.txt");
  private final Set<String> orgHeads = MentionLexicon.words("mention-org-heads.txt");

  ParseNeeds(EventLexicon events) {
    for (Set<String> words : List.of(ClaimLexicon.SPEECH_VERBS, ClaimLexicon.STANCE_VERBS,
        ClaimLexicon.STANCE_NOUNS, ClaimLexicon.CLAIM_NOUNS, ClaimLexicon.REPORT_ADVERBS,
        Set.of("according", "cite"))) {
      cues.addAll(words);
    }
    this.eventVerbs = events.lemmas();
  }

  boolean needs(Sentence s) {
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (cues.contains(lemma) || QUOTE_TAGS.contains(t.pos()) || equipment.contains(lemma)
          || t.pos().startsWith("VB") && eventVerbs.contains(lemma) || isQuantity(t)
          || t.index() > 1 && orgHeads.contains(lemma) && !s.token(t.index() - 1).ner().equals("O")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuantity(Token t) {
    return (t.pos().equals("CD") || t.ner().equals("NUMBER")) && !NOT_QUANTITIES.contains(t.ner());
  }
}
