package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DocMentions;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Span;
import dossier.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticReportsTest {
  @TempDir
  Path dir;

  @Test
  void namesTheGivenNamesByZipfsLawTheFirstInAFifthOfReports() throws Exception {
    List<Mention> common = List.of(
        new Mention(new Span(0, 13), "Ana Rodríguez", EntityType.PERSON),
        new Mention(new Span(0, 12), "Atlas Shield", EntityType.ORGANIZATION));
    try (Store store = Store.open(dir.resolve("s.db"))) {
      new SyntheticReports(common).fill(store, 2_000);
      List<DocMentions> docs = store.mentionsByDocument();

      assertEquals(2_000, docs.size());
      long first = naming(docs, common.get(0));
      long second = naming(docs, common.get(1));
      assertTrue(Math.abs(first - 400) < 60, "first name in " + first + " reports");
      assertTrue(Math.abs(second - 200) < 45, "second name in " + second + " reports");
    }
  }

  /** Reports naming {@code name}, each at a span holding exactly its text. */
  private static long naming(List<DocMentions> docs, Mention name) {
    return docs.stream().filter(d -> d.mentions().stream().anyMatch(m -> m.text().equals(
        name.text()) && m.type() == name.type() && d.text().substring(m.span().start(),
        m.span().end()).equals(name.text()))).count();
  }
}
