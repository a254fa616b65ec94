package dossier.extract;

import dossier.model.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The small word lists that claim finding rests on, read from
 * {@code /dossier/extract/claims/*.txt} (one lower-case lemma a line, '#' comments) so that
 * they can be extended without touching the rules.
 */
final class ClaimLexicon {
  static final Set<String> SPEECH_VERBS = load("speech-verbs");
  static final Set<String> STANCE_VERBS = load("stance-verbs");
  static final Set<String> STANCE_NOUNS = load("stance-nouns");
  static final Set<String> OBJECT_CONTENT_VERBS = load("object-content-verbs");
  static final Set<String> ACCUSING_VERBS = load("accusing-verbs");
  static final Set<String> DENIAL_VERBS = load("denial-verbs");
  static final Set<String> CONFIRM_VERBS = load("confirm-verbs");
  static final Set<String> WITHHOLDING_VERBS = load("withholding-verbs");
  static final Set<String> DENIAL_WORDS = load("denial-words");
  static final Set<String> TRUTH_WORDS = load("truth-words");
  static final Set<String> POSSESSION_VERBS = load("possession-verbs");
  static final Set<String> IDIOM_NOUNS = load("idiom-nouns");
  static final Set<String> HEDGE_WORDS = load("hedge-words");
  static final Set<String> REPORT_ADVERBS = load("report-adverbs");
  static final Set<String> ANONYMOUS_HEADS = load("anonymous-heads");
  static final Set<String> ANONYMITY_MARKERS = load("anonymity-markers");
  static final Set<String> CLAIM_NOUNS = load("claim-nouns");
  static final Set<String> MALE_WORDS = load("male-words");
  static final Set<String> FEMALE_WORDS = load("female-words");
  static final Set<String> SOURCE_NOUNS = load("source-nouns");
  static final Set<String> TITLES = load("titles");

  private ClaimLexicon() {}

  private static Set<String> load(String name) {
    return WordList.read("/dossier/extract/claims/" + name + ".txt").stream()
        .map(word -> word.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
