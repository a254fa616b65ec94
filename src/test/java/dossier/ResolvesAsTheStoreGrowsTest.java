package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Extraction;
import dossier.resolve.NameStories;
import dossier.resolve.Resolver;
import dossier.store.Store;
import dossier.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build resolves the reports it adds against the stored names they can join, once the store
 * is large beside them; the stored entities are those of resolving the whole store.
 */
class ResolvesAsTheStoreGrowsTest {

  @Test
  void storesTheEntitiesOfAWholeResolutionAfterEveryReport(@TempDir Path dir) throws Exception {
    assertEachBuildResolvesAsAWhole(dir, List.of());
  }

  @Test
  void keepsTheUsersCorrectionsAsTheStoreGrows(@TempDir Path dir) throws Exception {
    assertEachBuildResolvesAsAWhole(dir, NameStories.corrections());
  }

  @Test
  void joinsEachReportsBareSurnameOnceItIsGivenAsAnAlias(@TempDir Path dir) throws Exception {
    List<DocMentions> reports = new ArrayList<>(NameStories.reports());
    reports.add(NameStories.doc(13, "Ana Navarro, known as Navarro, spoke.", "P:Ana Navarro",
        "P:Navarro"));
    reports.add(NameStories.doc(14, "Navarro said no.", "P:Navarro"));
    assertEachBuildResolvesAsAWhole(dir, reports, List.of());
  }

  @Test
  void writesOnlyTheNewMentionsWhenNoEntityChanges(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      List<DocMentions> reports = List.of(
          NameStories.doc(1, "Luis Navarro met the press in Caracas.", "P:Luis Navarro",
              "L:Caracas"),
          NameStories.doc(2, "Vladimir Padrino visited.", "P:Vladimir Padrino"),
          NameStories.doc(3, "Caracas was calm.", "L:Caracas"),
          NameStories.doc(4, "Navarro left Caracas.", "P:Navarro", "L:Caracas"));
      reports.forEach(r -> put(store, r));
      Build.resolveEntities(store, false);
      List<String> before = rows(store);

      put(store, NameStories.doc(5, "Luis Navarro spoke again.", "P:Luis Navarro"));
      Build.resolveEntities(store, false);

      List<String> after = rows(store);
      assertEquals(before.size() + 1, after.size(), after.toString());
      assertTrue(after.containsAll(before), "each stored row kept its id and entity: " + after);
    }
  }

  private static void put(Store store, DocMentions report) {
    Extraction x = Fixtures.extraction(Fixtures.article("r" + report.doc() + ".txt", "Wire",
        report.text()), report.mentions(), List.of(), List.of());
    try {
      store.put(x, Fixtures.fingerprint(x));
    } catch (StoreException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each entity mention row: its row id, entity id and place. */
  private static List<String> rows(Store store) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT rowid, entity, doc, start FROM entity_mentions")) {
      while (r.next()) {
        out.add(r.getLong(1) + ":" + r.getLong(2) + "@" + r.getLong(3) + "/" + r.getInt(4));
      }
    }
    return out;
  }

  private static void assertEachBuildResolvesAsAWhole(Path dir, List<Correction> corrections)
      throws Exception {
    assertEachBuildResolvesAsAWhole(dir, NameStories.reports(), corrections);
  }

  private static void assertEachBuildResolvesAsAWhole(Path dir, List<DocMentions> reports,
      List<Correction> corrections) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      for (Correction c : corrections) {
        store.putCorrection(c);
      }
      for (DocMentions report : reports) {
        put(store, report);
        Build.resolveEntities(store, false);

        assertEquals(new Resolver().resolve(store.mentionsByDocument(), corrections),
            store.entities(), "after report " + report.doc());
      }
    }
  }
}
