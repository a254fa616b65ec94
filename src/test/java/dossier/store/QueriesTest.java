package dossier.store;

import static dossier.Fixtures.article;
import static dossier.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.Fixtures;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.model.Mention;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.EventFilter;
import dossier.store.Queries.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries that read links and counts worked out when they open. */
class QueriesTest {
  /** Navarro speaks of his own troops, so he both makes the claim and is in it. */
  private static final String TEXT = "Luis Navarro said that Luis Navarro's troops left Caracas."
      + " They moved in May. They returned in March. They will come back.";
  private static final Span SECOND = new Span(TEXT.indexOf("Luis Navarro's"),
      TEXT.indexOf("Luis Navarro's") + "Luis Navarro".length());

  @Test
  void listsAClaimOnceForAnEntityThatMakesItAndIsInIt(@TempDir Path dir) throws Exception {
    try (Store store = navarro(dir); Queries q = store.queries()) {
      for (Role role : Role.values()) {
        Queries.Page<Queries.ClaimRow> claims = q.claims(filter(role, null, null), 20, 0);
        assertEquals(1, claims.total(), role.name());
        assertEquals(1, claims.items().size(), role.name());
        assertEquals(Long.valueOf(1), claims.items().get(0).source());
      }
      Queries.EntityRow e = q.entity(1).orElseThrow();
      assertEquals(List.of(2, 1), List.of(e.mentions(), e.documents()));
    }
  }

  @Test
  void countsAnEntitysClaimsAsTheFilteredListDoes(@TempDir Path dir) throws Exception {
    try (Store store = navarro(dir); Queries q = store.queries()) {
      for (Role role : Role.values()) {
        long counted = q.claims(filter(role, null, null), 20, 0).total();
        long listed = q.claims(filter(role, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
            20, 0).total();
        assertEquals(listed, counted, role.name());
      }
      assertEquals(0, q.claims(filter(Role.ANY, LocalDate.of(2020, 1, 1), null), 20, 0).total());
    }
  }

  @Test
  void readsAnEntitysEventsInTimeOrderDatedFirst(@TempDir Path dir) throws Exception {
    try (Store store = navarro(dir); Queries q = store.queries()) {
      Queries.Page<Queries.EventRow> events = q.events(new EventFilter(1L, null, null), 20, 0);
      assertEquals(3, events.total());
      assertEquals(List.of("returned", "moved", "come"),
          events.items().stream().map(r -> r.event().trigger()).toList());
      assertEquals(Long.valueOf(1), events.items().get(0).actor());
    }
  }

  @Test
  void listsEntitiesMostMentionedFirstWhateverTheirIds(@TempDir Path dir) throws Exception {
    try (Store store = navarro(dir)) {
      List<Entity> navarro = store.entities();
      long doc = navarro.get(0).mentions().get(0).doc();
      Entity caracas = new Entity("Caracas", EntityType.LOCATION, List.of(),
          List.of(new Entity.At(doc, span(TEXT, "Caracas"))), List.of());
      List<Entity> resolved = new java.util.ArrayList<>(List.of(caracas));
      resolved.addAll(navarro);
      store.replaceEntities(resolved);
      try (Queries q = store.queries()) {
        assertEquals(List.of("Luis Navarro", "Caracas"), q.entities(null, null, 20, 0).items()
            .stream().map(Queries.EntityRow::name).toList());
      }
    }
  }

  @Test
  void givesMatchesAsOffsetsIntoTheTextAndTheClaimsHoldingThem(@TempDir Path dir)
      throws Exception {
    try (Store store = navarro(dir); Queries q = store.queries()) {
      Queries.SearchHit hit = q.search("\"troops\"", 20, 0).items().get(0);
      assertEquals(TEXT, hit.text());
      assertEquals(List.of(span(TEXT, "troops")), hit.matches());
      assertEquals(List.of(new FactRef(hit.doc().id(), 0)), q.claimsHolding(List.of(hit))
          .stream().map(Queries.ClaimRow::ref).toList());
      Queries.SearchHit outside = new Queries.SearchHit(hit.doc(), hit.text(),
          List.of(span(TEXT, "May")));
      assertEquals(List.of(), q.claimsHolding(List.of(outside)));
    }
  }

  @Test
  void readsTheClaimsHoldingAMatchOfEachHitInStoreOrder(@TempDir Path dir) throws Exception {
    String text = "Ana Ruiz said that troops left. Ana Ruiz said that pilots left."
        + " Ana Ruiz said that troops returned.";
    try (Store store = Store.open(dir.resolve("k.db"))) {
      Extraction a = report("a.txt", text);
      Extraction b = report("b.txt", text);
      long first = store.put(a, Fixtures.fingerprint(a));
      long second = store.put(b, Fixtures.fingerprint(b));
      try (Queries q = store.queries()) {
        List<Queries.SearchHit> hits = q.search("\"troops\"", 20, 0).items();
        assertEquals(2, hits.size());
        Queries.SearchHit none = new Queries.SearchHit(hits.get(0).doc(), text, List.of());
        // Hits in any order, one of them without matches: only the other's claims count.
        List<Queries.SearchHit> asked = hits.get(0).doc().id() == first
            ? List.of(hits.get(1), none) : List.of(none, hits.get(0));
        long other = first + second - hits.get(0).doc().id();
        assertEquals(List.of(new FactRef(other, 0), new FactRef(other, 2)),
            q.claimsHolding(asked).stream().map(Queries.ClaimRow::ref).toList());
        assertEquals(List.of(new FactRef(first, 0), new FactRef(first, 2),
                new FactRef(second, 0), new FactRef(second, 2)),
            q.claimsHolding(List.of(hits.get(1), hits.get(0))).stream()
                .map(Queries.ClaimRow::ref).toList());
      }
    }
  }

  @Test
  void givesNoMatchesInATextThatHoldsTheMarkersItself(@TempDir Path dir) throws Exception {
    String text = "Troops \uE000left\uE001 the port.";
    Extraction x = Fixtures.extraction(article("m.txt", "Courier", text), List.of(), List.of(),
        List.of());
    try (Store store = Store.open(dir.resolve("k.db"))) {
      store.put(x, Fixtures.fingerprint(x));
      try (Queries q = store.queries()) {
        Queries.SearchHit hit = q.search("\"troops\"", 20, 0).items().get(0);
        assertEquals(text, hit.text());
        assertEquals(List.of(), hit.matches());
      }
    }
  }

  /** A report of three claims by Ana Ruiz, one a sentence. */
  private static Extraction report(String origin, String text) {
    List<Claim> claims = new java.util.ArrayList<>();
    for (String content : List.of("troops left", "pilots left", "troops returned")) {
      int at = text.indexOf(content);
      int start = text.lastIndexOf("Ana Ruiz", at);
      claims.add(new Claim(new Span(start, at + content.length()),
          Ref.named("Ana Ruiz", new Span(start, start + "Ana Ruiz".length())), "said", null,
          List.of(), content, new Span(at, at + content.length()), false, Stance.ASSERTS,
          false));
    }
    return Fixtures.extraction(article(origin, "Courier", text), List.of(), claims, List.of());
  }

  private static ClaimFilter filter(Role role, LocalDate from, LocalDate to) {
    return new ClaimFilter(1L, role, null, null, from, to);
  }

  private static Store navarro(Path dir) throws StoreException {
    Span first = span(TEXT, "Luis Navarro");
    Claim claim = new Claim(new Span(0, TEXT.indexOf('.') + 1), Ref.named("Luis Navarro", first),
        "said", span(TEXT, "said"), List.of(), "Luis Navarro's troops left Caracas",
        span(TEXT, "Luis Navarro's troops left Caracas"), false, Stance.ASSERTS, false);
    Ref they = Ref.named("Luis Navarro", first);
    List<Event> events = List.of(event("come", they, null), event("moved", they, "2019-05"),
        event("returned", they, "2019-03"));
    Extraction x = new Extraction(article("n.txt", "Courier", TEXT),
        List.of(new Mention(first, "Luis Navarro", EntityType.PERSON),
            new Mention(SECOND, "Luis Navarro", EntityType.PERSON)),
        List.of(claim), events, List.of(), 20);
    Store store = Store.open(dir.resolve("k.db"));
    long doc = store.put(x, Fixtures.fingerprint(x));
    store.replaceEntities(List.of(new Entity("Luis Navarro", EntityType.PERSON, List.of(),
        List.of(new Entity.At(doc, first), new Entity.At(doc, SECOND)), List.of())));
    return store;
  }

  private static Event event(String trigger, Ref actor, String time) {
    Span t = span(TEXT, trigger);
    return new Event(t, "MOVE", null, actor, null, null, time, trigger, t, -1);
  }
}
