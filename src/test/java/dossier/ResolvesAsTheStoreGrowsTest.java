package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Extraction;
import dossier.resolve.NameStories;
import dossier.resolve.Resolver;
import dossier.store.Store;
import java.nio.file.Path;
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
        Extraction x = Fixtures.extraction(Fixtures.article("r" + report.doc() + ".txt", "Wire",
            report.text()), report.mentions(), List.of(), List.of());
        store.put(x, Fixtures.fingerprint(x));
        Build.resolveEntities(store, false);

        assertEquals(new Resolver().resolve(store.mentionsByDocument(), corrections),
            store.entities(), "after report " + report.doc());
      }
    }
  }
}
