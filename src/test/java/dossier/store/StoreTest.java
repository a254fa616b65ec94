package dossier.store;

import static dossier.Fixtures.article;
import static dossier.Fixtures.claim;
import static dossier.Fixtures.extraction;
import static dossier.Fixtures.mention;
import static dossier.Fixtures.quantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.Copy;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityOfNames;
import dossier.model.EntityType;
import dossier.model.Extraction;
import dossier.model.NameNode;
import dossier.model.Ref;
import dossier.model.Skipped;
import dossier.model.Span;
import dossier.model.Stance;
import dossier.resolve.Resolver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  static Extraction sample() {
    return dossier.Fixtures.navarroReport();
  }

  @Test
  void readsBackWhatItStored(@TempDir Path dir) throws Exception {
    Extraction x = sample();
    try (Store store = Store.open(dir.resolve("k.db"))) {
      long id = store.put(x, dossier.Fixtures.fingerprint(x));
      List<StoredDocument> docs = new ArrayList<>();
      store.forEachDocument(docs::add);
      assertEquals(List.of(new StoredDocument(id, x)), docs);
      assertTrue(store.contains(x.article().contentHash()));
      assertFalse(store.contains("no such hash"));
    }
  }

  @Test
  void upgradesAStoreOfTheFirstVersionKeepingItsClaims(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("k.db");
    Extraction x = sample();
    try (Store store = Store.open(file)) {
      store.put(x, dossier.Fixtures.fingerprint(x));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String column : List.of("time", "source_said_start", "source_said_end")) {
        s.execute("ALTER TABLE claims DROP COLUMN " + column);
      }
      s.execute("PRAGMA user_version = 1");
    }
    Claim dated = x.claims().get(0).withTime("2019-03-25");
    Extraction later = extraction(article("b.txt", "Courier", x.article().text() + " Later."),
        x.mentions(), List.of(dated), x.quantities());
    try (Store store = Store.open(file)) {
      store.put(later, dossier.Fixtures.fingerprint(later));
      List<StoredDocument> docs = new ArrayList<>();
      store.forEachDocument(docs::add);
      assertEquals(List.of(x.claims(), List.of(dated)),
          docs.stream().map(d -> d.extraction().claims()).toList());
    }
  }

  @Test
  void upgradesAStoreOfTheSecondVersionKeepingItsEntitiesInOrder(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("k.db");
    Extraction x = threeNames();
    List<Entity> entities = twoEntities(x);
    try (Store store = Store.open(file)) {
      store.put(x, dossier.Fixtures.fingerprint(x));
      store.replaceEntities(entities);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX entities_rank");
      for (String column : List.of("mention_count", "first_doc", "first_start")) {
        s.execute("ALTER TABLE entities DROP COLUMN " + column);
      }
      s.execute("DROP TABLE name_keys");
      s.execute("DROP TABLE named_documents");
      s.execute("PRAGMA user_version = 2");
    }
    try (Store store = Store.open(file)) {
      assertEquals(entities, store.entities());
      assertEquals(List.of(x.article().text()),
          store.unnamedDocuments().stream().map(d -> d.text()).toList(),
          "the next build indexes the names of the stored report");
    }
  }

  @Test
  void rewritesOnlyTheEntitiesOfTheNamesGivenAndKeepsTheListInOrder(@TempDir Path dir)
      throws Exception {
    Extraction x = threeNames();
    try (Store store = Store.open(dir.resolve("k.db"))) {
      long doc = store.put(x, dossier.Fixtures.fingerprint(x));
      store.putNames(Map.of(doc, Resolver.names(docMentions(doc, x))));
      List<Entity> entities = new Resolver().resolve(List.of(docMentions(doc, x)));
      store.replaceEntities(entities);
      Entity navarro = entities.get(0);
      NameNode luis = name(store, "n|PERSON|luis navarro|");
      NameNode bare = name(store, "n|PERSON|navarro|");

      store.replaceEntitiesOf(doc + 1, List.of(
          new EntityOfNames("Luis Navarro", EntityType.PERSON, List.of(), List.of(),
              List.of(luis.id()), false),
          new EntityOfNames("Navarro's", EntityType.PERSON, List.of(), List.of(),
              List.of(bare.id()), false)));

      Entity caracas = entities.get(1);
      assertEquals(List.of(caracas,
          new Entity("Luis Navarro", EntityType.PERSON, List.of(), navarro.mentions().subList(0, 1),
              List.of()),
          new Entity("Navarro's", EntityType.PERSON, List.of(), navarro.mentions().subList(1, 2),
              List.of())), store.entities(), "one mention each, by name");
    }
  }

  @Test
  void addsUpTheUsesOfANameAcrossReports(@TempDir Path dir) throws Exception {
    Extraction x = threeNames();
    Extraction again = extraction(article("m.txt", "Courier", x.article().text() + " Again."),
        x.mentions(), List.of(), List.of());
    try (Store store = Store.open(dir.resolve("k.db"))) {
      long a = store.put(x, dossier.Fixtures.fingerprint(x));
      long b = store.put(again, dossier.Fixtures.fingerprint(again));
      store.putNames(Map.of(a, Resolver.names(docMentions(a, x))));
      store.putNames(Map.of(b, Resolver.names(docMentions(b, again))));

      NameNode caracas = name(store, "n|LOCATION|caracas|");

      assertEquals(List.of(2, 2, a), List.of(caracas.mentions(), caracas.reports(),
          caracas.first().doc()));
      assertEquals(Map.of("Caracas", 2), caracas.forms());
      assertEquals(List.of(), store.unnamedDocuments());
    }
  }

  @Test
  void indexesAgainTheNamesOfAStoreThatKeyedThemByMention(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("k.db");
    Extraction x = threeNames();
    try (Store store = Store.open(file)) {
      long doc = store.put(x, dossier.Fixtures.fingerprint(x));
      store.putNames(Map.of(doc, Resolver.names(docMentions(doc, x))));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String table : List.of("name_nodes", "name_forms", "name_keys", "name_uses",
          "name_given")) {
        s.execute("DROP TABLE " + table);
      }
      s.execute("CREATE TABLE name_keys (key TEXT NOT NULL, doc INTEGER NOT NULL,"
          + " ord INTEGER NOT NULL)");
      s.execute("PRAGMA user_version = 3");
    }
    try (Store store = Store.open(file)) {
      assertEquals(List.of(x.article().text()),
          store.unnamedDocuments().stream().map(d -> d.text()).toList(),
          "the next build indexes the names of the stored report");
    }
  }

  private static DocMentions docMentions(long doc, Extraction x) {
    return new DocMentions(doc, x.article().text(), x.mentions());
  }

  /** The one stored name under a key. */
  private static NameNode name(Store store, String key) throws StoreException {
    List<NameNode> found = new ArrayList<>();
    store.forEachName(key, found::add);
    assertEquals(1, found.size(), key);
    return found.get(0);
  }

  private static Extraction threeNames() {
    String text = "Luis Navarro met Navarro's aide in Caracas.";
    return extraction(article("n.txt", "Courier", text), List.of(
        mention(text, "Luis Navarro", EntityType.PERSON),
        new dossier.model.Mention(new Span(17, 26), "Navarro's", EntityType.PERSON),
        mention(text, "Caracas", EntityType.LOCATION)), List.of(), List.of());
  }

  /** Two entities over the report's three mentions, the more mentioned first. */
  private static List<Entity> twoEntities(Extraction x) {
    List<Entity.At> at = x.mentions().stream().map(m -> new Entity.At(1, m.span())).toList();
    return List.of(
        new Entity(x.mentions().get(0).text(), EntityType.PERSON, List.of(), at.subList(0, 2),
            List.of("same name")),
        new Entity(x.mentions().get(2).text(), x.mentions().get(2).type(), List.of(),
            at.subList(2, 3), List.of()));
  }

  @Test
  void keepsWhereAResolvedPronounStands(@TempDir Path dir) throws Exception {
    Extraction x = dossier.Fixtures.pronounReport();
    try (Store store = Store.open(dir.resolve("k.db"))) {
      store.put(x, dossier.Fixtures.fingerprint(x));
      List<StoredDocument> docs = new ArrayList<>();
      store.forEachDocument(docs::add);
      Ref source = docs.get(0).extraction().claims().get(0).source();
      assertEquals("He", source.said().of(x.article().text()));
      assertEquals(x.claims().get(0).source(), source);
    }
  }

  @Test
  void keepsWhatWasStoredAcrossReopening(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      store.put(sample(), dossier.Fixtures.fingerprint(sample()));
    }
    try (Store store = Store.open(dir.resolve("k.db"))) {
      assertEquals(1, store.counts().documents());
      assertEquals(1, store.counts().claims());
      assertEquals(1, store.counts().quantities());
    }
  }

  @Test
  void refusesTheSameDocumentTwiceAndKeepsTheFirst(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      store.put(sample(), dossier.Fixtures.fingerprint(sample()));
      assertThrows(StoreException.class,
          () -> store.put(sample(), dossier.Fixtures.fingerprint(sample())));
      assertEquals(1, store.counts().documents());
      assertEquals(1, store.counts().mentions(), "the failed transaction left rows behind");
    }
  }

  @Test
  void forgetsASkipOnceTheFileIsStored(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      store.putSkipped(new Skipped("a.txt", "cannot read"));
      store.putSkipped(new Skipped("b.txt", "empty"));
      store.put(sample(), dossier.Fixtures.fingerprint(sample()));
      assertEquals(List.of(new Skipped("b.txt", "empty")), store.skipped());
    }
  }

  @Test
  void replacesEntitiesAsAWhole(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      long doc = store.put(sample(), dossier.Fixtures.fingerprint(sample()));
      Entity first = new Entity("Luis Navarro", EntityType.PERSON, List.of("Navarro"),
          List.of(new Entity.At(doc, new Span(5, 17))), List.of("why"));
      store.replaceEntities(List.of(first, first));
      store.replaceEntities(List.of(first));
      assertEquals(List.of(first), store.entities());
    }
  }

  @Test
  void findsTheEarlierCopyOfARepublishedStory(@TempDir Path dir) throws Exception {
    Extraction first = sample();
    Extraction copy = dossier.Fixtures.extraction(dossier.Fixtures.article("b.txt", "Other",
        first.article().text()), List.of(), List.of(), List.of());
    try (Store store = Store.open(dir.resolve("k.db"))) {
      long a = store.put(first, dossier.Fixtures.fingerprint(first));
      long b = store.put(copy, dossier.Fixtures.fingerprint(copy));
      List<Store.Candidates> unlinked = store.unlinked();
      assertEquals(2, unlinked.size());
      assertEquals(List.of(a), List.copyOf(unlinked.get(1).earlier().keySet()));
      store.putLineage(b, List.of(new Copy(b, a, 1.0)));
      store.putLineage(a, List.of());
      assertEquals(List.of(new Copy(b, a, 1.0)), store.lineage());
      assertEquals(List.of(), store.unlinked());
    }
  }

  @Test
  void findsDocumentsByFullTextSearch(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      long doc = store.put(sample(), dossier.Fixtures.fingerprint(sample()));
      assertEquals(List.of(doc), store.search("contractors", 10));
      assertEquals(List.of(), store.search("submarine", 10));
    }
  }

  @Test
  void namesTheFileWhenItCannotOpen(@TempDir Path dir) {
    Path file = dir.resolve("missing-folder").resolve("k.db");
    StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
  }
}
