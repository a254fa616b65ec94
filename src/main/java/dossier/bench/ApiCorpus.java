package dossier.bench;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Mention;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reports made up for the API benchmark, with the skew of real ones: a few actors and words are
 * everywhere, most are rare. Each report has ten claims, each by a person about a place; every
 * five-hundredth claim is a denial. Entities are built directly (resolution is not measured).
 */
final class ApiCorpus {
  static final int CLAIMS_PER_REPORT = 10;
  /** One claim in this many is a denial. */
  static final int DENIAL_EVERY = 500;
  private static final String[] FIRST = {"Ana", "Luis", "Maria", "Jorge", "Elena", "Pablo",
      "Sofia", "Diego", "Irina", "Oleg", "Carmen", "Victor", "Lucia", "Andres", "Nadia", "Ivan",
      "Rosa", "Tomas", "Vera", "Hugo"};
  private static final String[] LAST = {"Navarro", "Ruiz", "Petrov", "Mendez", "Castro",
      "Volkov", "Rojas", "Herrera", "Sokolov", "Vargas", "Torres", "Ortega", "Lebedev", "Silva",
      "Romero", "Morales", "Ivanova", "Pineda", "Salazar", "Acosta"};
  private static final String[] CUES = {"said", "told reporters", "claimed", "stated", "wrote"};
  private static final String[] COMMON = ("troops contractors arrived deployed aircraft pilots "
      + "training base border port ministry officials convoy shipment weapons advisers military "
      + "exercise naval vessel helicopters radar missiles engineers mission agreement cooperation "
      + "security forces government opposition protest election sanctions embassy delegation "
      + "airport flight cargo supplies equipment drones soldiers battalion unit command").split(" ");
  private static final int RARE_WORDS = 40_000;

  private final Random random = new Random(42);
  private final List<String> people = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  /** Each entity's mentions, by name. */
  private final Map<String, List<Entity.At>> mentions = new LinkedHashMap<>();

  ApiCorpus() {
    for (String f : FIRST) {
      for (String l : LAST) {
        people.add(f + " " + l);
      }
    }
    for (int i = 0; i < 300; i++) {
      places.add("Port " + word(i).substring(1, 2).toUpperCase() + word(i).substring(2));
    }
  }

  /** A rare word, the same for the same number. */
  static String word(int n) {
    return "k" + Integer.toString(n * 7919 % 1_000_003 + 46_656, 36);
  }

  /** A word of the rare vocabulary, for searches that find a handful of reports. */
  String rareWord() {
    return word(random.nextInt(RARE_WORDS));
  }

  static String commonWord(int i) {
    return COMMON[i % COMMON.length];
  }

  /** Skewed pick: low indexes are far more likely (roughly Zipf). */
  private <T> T skewed(List<T> from) {
    double u = random.nextDouble();
    return from.get((int) Math.min(from.size() - 1, Math.floor(Math.pow(from.size(), u)) - 1));
  }

  /** The n-th report (n from 0); its claims count towards the corpus' n-th ten. */
  Extraction report(int n) {
    StringBuilder text = new StringBuilder();
    List<Mention> ms = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < CLAIMS_PER_REPORT; i++) {
      if (i > 0) {
        text.append(' ');
      }
      String person = skewed(people);
      String place = skewed(places);
      boolean denial = (n * CLAIMS_PER_REPORT + i) % DENIAL_EVERY == DENIAL_EVERY - 1;
      String cue = denial ? "denied" : CUES[random.nextInt(CUES.length)];
      Span source = append(text, person);
      text.append(' ');
      Span cueSpan = append(text, cue);
      text.append(" that ");
      String content = COMMON[random.nextInt(COMMON.length)] + " " + rareWord() + " "
          + COMMON[random.nextInt(COMMON.length)] + " near " + place + " " + rareWord();
      Span contentSpan = append(text, content);
      text.append('.');
      Span placeSpan = new Span(contentSpan.start() + content.indexOf(place),
          contentSpan.start() + content.indexOf(place) + place.length());
      ms.add(new Mention(source, person, EntityType.PERSON));
      ms.add(new Mention(placeSpan, place, EntityType.LOCATION));
      claims.add(new Claim(new Span(source.start(), contentSpan.end()), Ref.named(person, source),
          cue, cueSpan, List.of(), content, contentSpan, false,
          denial ? Stance.DENIES : Stance.ASSERTS, random.nextInt(10) == 0));
    }
    String body = text.toString();
    Mention actor = ms.get(0);
    Mention target = ms.get(1);
    LocalDate published = LocalDate.of(2019, 1, 1).plusDays(n % 1500);
    Event event = new Event(claims.get(0).span(), "MOBILIZE", null,
        Ref.named(actor.text(), actor.span()), Ref.named(target.text(), target.span()), null,
        published.minusDays(random.nextInt(30)).toString(), claims.get(0).cue(), claims.get(0).cueSpan(), 0);
    Article a = new Article("synthetic/" + n + ".txt", "hash-" + n, "Report " + n + " on "
        + target.text(), "Outlet " + (n % 40), null, published, DateSource.METADATA, "en", body,
        List.of());
    return new Extraction(a, ms, claims, List.of(event), List.of(), body.length() / 6);
  }

  /** Notes where report {@code doc}'s mentions are, for the entities. */
  void noteMentions(long doc, Extraction x) {
    for (Mention m : x.mentions()) {
      mentions.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(new Entity.At(doc, m.span()));
    }
  }

  /** One entity per name, the most mentioned first, as resolution orders them. */
  List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    mentions.forEach((name, at) -> out.add(new Entity(name,
        places.contains(name) ? EntityType.LOCATION : EntityType.PERSON, List.of(), at, List.of())));
    out.sort((a, b) -> Integer.compare(b.mentions().size(), a.mentions().size()));
    return out;
  }

  private static Span append(StringBuilder text, String words) {
    int start = text.length();
    text.append(words);
    return new Span(start, text.length());
  }
}
