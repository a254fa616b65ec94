package dossier.extract;

import dossier.extract.EventLexicon.Entry;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Sentence;
import dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills in what a transfer's object says about it: sending troops is a deployment (MOBILIZE),
 * sending weapons is military aid, sending money economic aid.
 */
final class EventModes {
  private static final Set<String> MONEY = Set.of("money", "dollar", "fund", "loan", "credit",
      "cash", "investment", "financing", "payment", "euro", "ruble", "rouble", "oil");
  private static final Set<String> RELIEF = Set.of("food", "medicine", "supply", "relief",
      "vaccine", "humanitarian");

  private final Set<String> people = MentionLexicon.words("person-nouns.txt");
  private final Set<String> weapons = MentionLexicon.words("equipment-heads.txt");

  Entry refine(Sentence s, Entry entry, int theme, List<Mention> mentions) {
    if (theme < 0 || entry.mode() != null) {
      return entry;
    }
    Token t = s.token(theme);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (people.contains(lemma) || people.contains(compoundOf(s, theme))) {
      return with(entry, "MOBILIZE", "troops");
    }
    if (weapons.contains(lemma) || equipment(t, mentions)) {
      return with(entry, entry.type(), entry.type().equals("AID") ? "military" : "weapons");
    }
    if (MONEY.contains(lemma)) {
      return with(entry, entry.type(), "economic");
    }
    return RELIEF.contains(lemma) ? with(entry, entry.type(), "humanitarian") : entry;
  }

  /** The lemma of the noun compounded with a theme ("troop" in "troop presence"), or "". */
  private static String compoundOf(Sentence s, int theme) {
    int c = Trees.child(s, theme, Set.of("compound"));
    return c < 0 ? "" : s.token(c).lemma().toLowerCase(Locale.ROOT);
  }

  private static boolean equipment(Token t, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.type() == EntityType.EQUIPMENT
        && m.span().contains(t.span()));
  }

  private static Entry with(Entry e, String type, String mode) {
    return new Entry(e.lemma(), e.with(), type, mode, e.transfer(), e.motion(),
        e.intransitive(), e.named());
  }
}
