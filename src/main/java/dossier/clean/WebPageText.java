package dossier.clean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A web page's characters and its plain text, one line per block element, furniture and all:
 * what a scraper that keeps only text hands over. Lets callers outside cleaning flatten pages
 * without parsing markup themselves.
 */
public final class WebPageText {
  private WebPageText() {}

  /**
   * A page decoded from its bytes and flattened.
   *
   * @param html the page decoded by its BOM, else its declared charset, else UTF-8; no BOM
   * @param text the whole page as plain text, one line per block
   */
  public record Decoded(String html, String text) {}

  /** Decodes the page's bytes and flattens it, parsing it once. */
  public static Decoded decode(byte[] bytes, String url) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
    return new Decoded(withoutBom(new String(bytes, doc.charset())), BlockText.of(doc));
  }

  /** The page's plain text, one line per block. */
  public static String of(String html, String url) {
    return BlockText.of(Jsoup.parse(html, url));
  }

  private static String withoutBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
