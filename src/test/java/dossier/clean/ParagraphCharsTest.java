package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ParagraphCharsTest {

  @Test
  void countsFoldedParagraphTextOfEachElement() {
    Document doc = Jsoup.parse("<body><div id=story><p>One  two\n three</p><span>menu</span>"
        + "<p>x\u200By\u00a0 \u00adz \uD83D\uDE00</p></div><nav>links</nav></body>");
    ParagraphChars chars = new ParagraphChars(doc.body());
    int expected = 0;
    for (var p : doc.select("p")) {
      for (TextNode t : p.textNodes()) {
        expected += t.text().length();
      }
    }
    assertEquals(expected, chars.of(doc.getElementById("story")));
    assertEquals(expected, chars.page());
    assertEquals(0, chars.of(doc.selectFirst("nav")));
  }

  @Test
  void measuresTextAsJsoupFoldsIt() {
    String[] texts = {"", "  ", " a  b ", "a\u200B\u00AD b", "\u00a0\t\nx", "\uD83D\uDE00 y",
        "\uD83D"};
    for (String s : texts) {
      assertEquals(new TextNode(s).text().length(), ParagraphChars.foldedLength(s), s);
    }
  }
}
