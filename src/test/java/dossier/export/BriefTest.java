package dossier.export;

import static dossier.Fixtures.article;
import static dossier.Fixtures.claim;
import static dossier.Fixtures.extraction;
import static dossier.Fixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.Fixtures;
import dossier.model.EntityType;
import dossier.model.Extraction;
import dossier.model.Stance;
import dossier.resolve.Resolver;
import dossier.store.Store;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefTest {

  static String brief(Path dir, BriefWriter.Format format, Extraction... docs) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      for (Extraction x : docs) {
        store.put(x, dossier.Fixtures.fingerprint(x));
      }
      store.replaceEntities(new Resolver().resolve(store.mentionsByDocument()));
      StringWriter out = new StringWriter();
      new BriefWriter(format).write(Brief.of(store), out);
      return out.toString();
    }
  }

  @Test
  void citesTheReportAndTheExactWordsOfEachClaim(@TempDir Path dir) throws Exception {
    String md = brief(dir, BriefWriter.Format.MD, Fixtures.navarroReport());
    assertTrue(md.contains("## Main claims"), md);
    assertTrue(md.contains("Gen. Luis Navarro (said): “about 400 contractors arrived”"), md);
    assertTrue(md.contains("d1, Courier, 2019-03-25: “Gen. Luis Navarro told Bloomberg that about"
        + " 400 contractors arrived”"), md);
    assertTrue(md.contains("Luis Navarro (person): 1 mentions in 1 reports"), md);
  }

  @Test
  void quotesOnlyTextThatIsInTheReports(@TempDir Path dir) throws Exception {
    Extraction x = Fixtures.navarroReport();
    String md = brief(dir, BriefWriter.Format.MD, x);
    for (String line : md.lines().filter(l -> l.startsWith("  - ")).toList()) {
      String quote = line.substring(line.indexOf('“') + 1, line.lastIndexOf('”'));
      assertTrue(x.article().text().contains(quote), quote);
    }
  }

  @Test
  void rendersHostileTextInert(@TempDir Path dir) throws Exception {
    String text = "<script>alert(1)</script> said <img src=x onerror=alert(2)> was there.";
    Extraction x = extraction(article("evil.html", "<b>Evil</b>", text),
        List.of(mention(text, "<script>alert(1)</script>", EntityType.PERSON)),
        List.of(claim(text, "<script>alert(1)</script>", "<img src=x onerror=alert(2)> was there",
            Stance.ASSERTS, List.of())), List.of());
    String html = brief(dir, BriefWriter.Format.HTML, x);
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertEquals(1, html.split("<html", -1).length - 1);
  }
}
