package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cleaning a scrape of megabytes: every step must stay near linear in the number of lines. */
class LargeTextTest {
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ta", "ri", "so", "vu",
      "de", "ba", "gor", "len", "tis", "mar", "pol"};
  private static final String MENU = "Home | World | Business | Sport | Culture";
  private static final String REPEATED = "The committee met again on the question of the bridge "
      + "and agreed to publish its findings in the spring.";

  @Test
  void cleansATwoMegabyteScrapeOfOneSentencePerLine() {
    StringBuilder text = new StringBuilder("Council approves the new bridge\n");
    Random random = new Random(7);
    String last = "";
    for (int line = 0; text.length() < 2_000_000; line++) {
      if (line % 50 == 0) {
        text.append(MENU).append('\n');
      }
      if (line % 500 == 0) {
        text.append(REPEATED).append('\n');
      }
      last = sentence(random);
      text.append(last).append('\n');
    }
    Article a = Cleaned.text(text.toString());
    assertEquals("Council approves the new bridge", a.title());
    assertTrue(a.text().endsWith(last), "the last line is kept");
    assertEquals(a.text().indexOf(REPEATED), a.text().lastIndexOf(REPEATED), "repeats go");
    assertTrue(!a.text().contains(MENU), "menus go");
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int words = 10 + random.nextInt(15);
    for (int i = 0; i < words; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
          .append(i == words - 1 ? "." : " ");
    }
    return s.toString();
  }
}
