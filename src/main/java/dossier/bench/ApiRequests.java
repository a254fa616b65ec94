package dossier.bench;

import dossier.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The kinds of request the API benchmark sends, each drawing its parameters at random over the
 * whole store (any page, any entity, any word of a vocabulary), the same for the same seed.
 */
final class ApiRequests {
  /** A kind of request by its name in the table, and the next path to send. */
  record Kind(String name, Supplier<String> next) {
    List<String> paths(int count) {
      List<String> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(next.get());
      }
      return out;
    }
  }

  private static final int PAGE = 20;

  private ApiRequests() {}

  static List<Kind> all(Store.Counts n, long seed) {
    Random r = new Random(seed);
    ApiCorpus words = new ApiCorpus();
    int claims = pages(n.claims());
    int denials = pages(n.claims() / ApiCorpus.DENIAL_EVERY);
    int entities = (int) Math.max(1, n.entities());
    return List.of(
        new Kind("claims list, any page", () -> "api/claims?offset=" + r.nextInt(claims)),
        new Kind("claims list, denials, any page",
            () -> "api/claims?stance=denies&offset=" + r.nextInt(denials)),
        new Kind("claims list, by entity and date", () -> "api/claims?entity=e"
            + (1 + r.nextInt(entities)) + "&from=2019-06-01&to=2020-06-01"),
        new Kind("documents list, any page",
            () -> "api/documents?offset=" + r.nextInt(pages(n.documents()))),
        new Kind("entity, any", () -> "api/entities/e" + (1 + r.nextInt(entities))),
        new Kind("entity, among the 20 most mentioned",
            () -> "api/entities/e" + (1 + r.nextInt(Math.min(20, entities)))),
        new Kind("search, a rare word", () -> "api/search?q=" + words.rareWord()),
        new Kind("search, a common word",
            () -> "api/search?q=" + ApiCorpus.commonWord(r.nextInt(100))),
        new Kind("search, two common words", () -> "api/search?q="
            + ApiCorpus.commonWord(r.nextInt(100)) + "+" + ApiCorpus.commonWord(r.nextInt(100))),
        new Kind("events (timeline), any page",
            () -> "api/events?offset=" + r.nextInt(pages(n.events()))));
  }

  /** How many offsets start a full page of {@code items}; at least one. */
  private static int pages(long items) {
    return (int) Math.max(1, items - PAGE);
  }
}
