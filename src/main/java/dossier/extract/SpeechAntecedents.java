package dossier.extract;

import dossier.extract.ClaimSources.SpeakerKind;
import dossier.model.AnnotatedDoc;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.NamedEntity;
import dossier.model.Ref;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Who "he", "she", "they" or "it" is when a pronoun speaks: a speaker or named person
 * (organisation for "it") in the closest earlier sentence that has one, outside direct quotes,
 * a subject before an object ("Lavrov disparaged Guaidó ... he claimed" is Lavrov). No
 * coreference model: recency, agreement and grammatical role, which is how news copy is written.
 */
final class SpeechAntecedents {
  /** How far back an antecedent may be, in sentences. */
  private static final int WINDOW = 4;
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

  private record Candidate(Ref ref, int position, int sentence, boolean subject,
      boolean speaker, SpeakerKind kind, boolean plural) {}

  private final List<Candidate> candidates = new ArrayList<>();
  /** "he" or "she" for names that a title or role word marks ("Mrs.", "spokeswoman"). */
  private final Map<String, String> sexes = new HashMap<>();
  private final List<QuoteSpans.Quote> quotes;
  private final ClaimScope scope;
  private final String text;

  SpeechAntecedents(AnnotatedDoc doc, List<Mention> mentions, List<QuoteSpans.Quote> quotes,
      ClaimScope scope) {
    this.quotes = quotes;
    this.scope = scope;
    this.text = doc.text();
    for (NamedEntity e : doc.entities()) {
      SpeakerKind kind = "PERSON".equals(e.ner()) ? SpeakerKind.PERSON
          : "ORGANIZATION".equals(e.ner()) ? SpeakerKind.ORGANIZATION : null;
      if (kind != null) {
        named(e.text(), e.span(), kind);
      }
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        named(m.text(), m.span(), SpeakerKind.PERSON);
      } else if (m.type() == EntityType.ORGANIZATION) {
        named(m.text(), m.span(), SpeakerKind.ORGANIZATION);
      }
    }
  }

  private void named(String text, Span span, SpeakerKind kind) {
    if (insideQuote(span) || text.isBlank()) {
      return;
    }
    boolean subject = false;
    boolean pronoun = true; // the tagger's entity mentions include "he" and "she"
    int sentence = -1;
    List<ClaimScope.Word> words = scope.words(span);
    for (ClaimScope.Word w : words) {
      sentence = w.tree().sentence().index();
      subject |= SUBJECTS.contains(w.tree().relation(w.index()));
      pronoun &= w.pos().startsWith("PRP");
    }
    if (sentence >= 0 && !pronoun) {
      Ref ref = Ref.named(text, span);
      candidates.add(new Candidate(ref, span.start(), sentence, subject, false, kind, false));
      ClaimScope.Word first = words.get(0);
      if (first.index() > 1) {
        learnSex(ref, first.tree().word(first.index() - 1)); // "Mrs. Clinton"
      }
    }
  }

  /** Records a speaker named at {@code position}, who pronouns after it may refer to. */
  void speaker(Ref ref, int position, int sentence, SpeakerKind kind, boolean plural) {
    candidates.add(new Candidate(ref, position, sentence, true, true, kind, plural));
    for (String word : ref.text().split("\\s+")) {
      learnSex(ref, word); // "a spokeswoman for the ministry"
    }
  }

  private void learnSex(Ref ref, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (ClaimLexicon.MALE_WORDS.contains(w)) {
      sexes.put(key(ref), "he");
    } else if (ClaimLexicon.FEMALE_WORDS.contains(w)) {
      sexes.put(key(ref), "she");
    }
  }

  /**
   * A name as written: "Mrs. Clinton" marks every "Clinton", but "his wife Hillary Clinton" does
   * not make her husband "Clinton" a she.
   */
  private static String key(Ref ref) {
    return ref.text().toLowerCase(Locale.ROOT);
  }

  /**
   * The referent of {@code pronoun}, said at {@code position} in {@code sentence}, or null
   * when none fits. Names in the pronoun's own sentence are passed over ("After meeting Putin,
   * he said": not Putin); speakers already found in it are not.
   */
  Ref resolve(String pronoun, int position, int sentence) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (p.equals("latter") || p.equals("former")) {
      return pointedBack(p.equals("latter") ? 0 : 1, position, sentence);
    }
    Candidate best = null;
    for (Candidate c : candidates) {
      if (fits(c, p, position, sentence) && sexAgrees(c, p)
          && (best == null || isBetter(c, best))) {
        best = c;
      }
    }
    return best == null ? null : best.ref();
  }

  private boolean sexAgrees(Candidate c, String pronoun) {
    String known = sexes.get(key(c.ref()));
    return known == null || !(pronoun.equals("he") || pronoun.equals("she"))
        || known.equals(pronoun);
  }

  /**
   * "the latter": the last name before; "the former": the one before that. Names the tagger
   * missed count too ("Maduro deployed Arreaza ..., where the latter said").
   */
  private Ref pointedBack(int skip, int position, int sentence) {
    List<Ref> names = new ArrayList<>();
    for (int k = Math.max(0, sentence - 1); k <= sentence; k++) {
      ClaimTree t = scope.tree(k);
      for (int i = 1; i <= t.size(); i++) {
        if (isNameHead(t, i) && t.token(i).span().start() < position) {
          names.add(0, Ref.named(nameSpan(t, i).of(text), nameSpan(t, i)));
        }
      }
    }
    return names.size() > skip ? names.get(skip) : null;
  }

  private static boolean isNameHead(ClaimTree t, int i) {
    String ner = t.token(i).ner();
    return t.isProperNoun(i) && !t.baseRelation(i).equals("compound")
        && ("PERSON".equals(ner) || "O".equals(ner));
  }

  private static Span nameSpan(ClaimTree t, int i) {
    int first = i;
    while (first > 1 && t.isProperNoun(first - 1) && t.head(first - 1) == i) {
      first--;
    }
    return t.span(first, i);
  }

  private static boolean fits(Candidate c, String pronoun, int position, int sentence) {
    boolean sameSentenceName = c.sentence() == sentence && !c.speaker();
    return c.position() < position && c.sentence() >= sentence - WINDOW && !sameSentenceName
        && agrees(pronoun, c);
  }

  private static boolean isBetter(Candidate c, Candidate best) {
    if (c.sentence() != best.sentence()) {
      return c.sentence() > best.sentence();
    }
    if (c.subject() != best.subject()) {
      return c.subject();
    }
    return c.position() > best.position();
  }

  private static boolean agrees(String pronoun, Candidate c) {
    return switch (pronoun) {
      case "he", "she" -> c.kind() == SpeakerKind.PERSON && !c.plural();
      case "they" -> c.plural() && c.kind() != SpeakerKind.OTHER;
      case "it" -> c.kind() == SpeakerKind.ORGANIZATION && !c.plural();
      default -> false;
    };
  }

  private boolean insideQuote(Span span) {
    for (QuoteSpans.Quote q : quotes) {
      if (q.outer().contains(span)) {
        return true;
      }
    }
    return false;
  }
}
