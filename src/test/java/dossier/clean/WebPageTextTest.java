package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebPageTextTest {
  private static final String URL = "https://example.org/story";

  @Test
  void flattensOneLinePerBlockWithoutScripts() {
    String html = "<html><head><title>Ferry</title><script>var x = 1;</script></head><body>"
        + "<nav><a href=/>Home</a></nav><p>The ferry  <b>left</b> late.</p>line<br>two</body>";
    assertEquals("Ferry\nHome\nThe ferry left late.\nline\ntwo", WebPageText.of(html, URL));
  }

  @Test
  void decodesByTheDeclaredCharsetAndDropsTheByteOrderMark() throws IOException {
    byte[] latin = "<meta charset=iso-8859-1><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Caf\u00e9", WebPageText.decode(latin, URL).text());
    byte[] bom = "\uFEFF<p>Hi</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals("<p>Hi</p>", WebPageText.decode(bom, URL).html());
  }
}
