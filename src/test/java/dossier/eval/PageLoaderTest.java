package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLoaderTest {
  private final List<GoldPage> gold;

  PageLoaderTest() throws IOException {
    gold = new GoldSetReader().read(TinySet.folder().resolve("evaldata.json"));
  }

  @Test
  void decodesByTheCharsetThePageDeclares() throws IOException {
    Page cafe = new PageLoader(TinySet.folder()).load(gold.get(1));
    assertTrue(cafe.html().contains("The café on the square"), cafe.html());
  }

  @Test
  void flattensThePageToOneLinePerBlockKeepingInlineTextTogether() throws IOException {
    Page ferry = new PageLoader(TinySet.folder()).load(gold.get(0));
    List<String> lines = ferry.text().lines().toList();
    assertTrue(lines.contains("Home Sport Weather"), lines.toString());
    assertTrue(lines.contains("The old ferry is running again after a winter of repairs, the operator said."),
        lines.toString());
    assertTrue(lines.contains("Privacy policy"), lines.toString());
    assertTrue(ferry.text().lines().noneMatch(l -> l.contains("tracking")), ferry.text());
  }

  @Test
  void hashesTheRawBytes() throws IOException {
    Page ferry = new PageLoader(TinySet.folder()).load(gold.get(0));
    assertEquals(64, ferry.hash().length());
  }

  @Test
  void aMissingPageFailsNamingItsFile() {
    GoldPage lost = new GoldPage("u", "lost.html", List.of(), List.of(), null, null, null);
    IOException e = assertThrows(IOException.class, () -> new PageLoader(TinySet.folder()).load(lost));
    assertTrue(e.getMessage().contains("lost.html.gz"), e.getMessage());
  }
}
