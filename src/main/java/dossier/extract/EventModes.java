package dossier.extract;

import dossier.extract.EventLexicon.Entry;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Sentence;
import dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a transfer by what it moves: sending troops is a deployment (MOBILIZE), sending weapons
 * military aid, money economic aid, food or medicine humanitarian aid, instructors training.
 * Giving what is not aid ("delivered a speech", "gave them pause") is no event.
 */
final class EventModes {
  private static final Set<String> MONEY = Set.of("money", "dollar", "fund", "loan", "credit",
      "cash", "investment", "financing", "payment", "euro", "ruble", "rouble", "oil", "fuel",
      "gasoline", "petrol", "diesel", "crude");
  private static final Set<String> RELIEF = Set.of("food", "medicine", "supplies", "relief",
      "vaccine", "humanitarian", "shelter", "water");
  private static final Set<String> TRAINING = Set.of("training", "instruction", "drill",
      "expertise", "advice");
  private static final Set<String> INTELLIGENCE = Set.of("intelligence", "information", "data");
  private static final Set<String> AID = Set.of("aid", "assistance", "help", "support",
      "backing", "protection", "security", "technology", "equipment", "hardware");
  /** Words next to the object that say what it is: "troop presence", "$11 billion in arms". */
  private static final Set<String> DESCRIBING = Set.of("compound", "nmod:of", "nmod:in");

  private final Set<String> people = MentionLexicon.words("person-nouns.txt");
  private final Set<String> weapons = MentionLexicon.words("equipment-heads.txt");

  /** The entry with the mode its object gives it, or null for a transfer of no aid. */
  Entry typed(Sentence s, Entry entry, int theme, List<Mention> mentions) {
    if (!entry.transfer() || entry.mode() != null || theme < 0) {
      return entry;
    }
    List<String> words = describing(s, theme);
    if (words.stream().anyMatch(people::contains)) {
      return with(entry, "MOBILIZE", "troops");
    }
    if (words.stream().anyMatch(weapons::contains) || equipment(s.token(theme), mentions)) {
      return with(entry, entry.type(), entry.type().equals("AID") ? "military" : "weapons");
    }
    if (words.stream().anyMatch(MONEY::contains) || s.token(theme).ner().equals("MONEY")) {
      return with(entry, entry.type(), "economic");
    }
    if (words.stream().anyMatch(RELIEF::contains)) {
      return with(entry, entry.type(), "humanitarian");
    }
    if (words.stream().anyMatch(TRAINING::contains)) {
      return with(entry, entry.type(), "training");
    }
    if (words.stream().anyMatch(INTELLIGENCE::contains)) {
      return with(entry, entry.type(), "intelligence");
    }
    boolean aid = words.stream().anyMatch(AID::contains) || named(s.token(theme), mentions);
    return aid || !entry.type().equals("AID") ? entry : null;
  }

  /** The lemmas and words of the object and of the nouns that describe it. */
  private static List<String> describing(Sentence s, int theme) {
    List<String> out = new ArrayList<>();
    List<Integer> tokens = new ArrayList<>(List.of(theme));
    tokens.addAll(Trees.children(s, theme, DESCRIBING));
    for (int i : tokens) {
      // Both forms: "arms" is not the plural of "arm" here.
      Token t = s.token(i);
      out.add(t.lemma().toLowerCase(Locale.ROOT));
      out.add(t.word().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean equipment(Token t, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.type() == EntityType.EQUIPMENT
        && m.span().contains(t.span()));
  }

  /** A named object ("sent Arreaza to Moscow") is moved, whatever it is. */
  private static boolean named(Token t, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.span().contains(t.span()));
  }

  private static Entry with(Entry e, String type, String mode) {
    return new Entry(e.lemma(), e.with(), type, mode, e.transfer(), e.motion(),
        e.intransitive(), e.named());
  }
}
