package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pages built to break a cleaner: markup nested very deep, and a very large page. */
class HtmlRobustnessTest {
  private static final String SENTENCE = "The council met on Monday and agreed, after a long"
      + " debate, to repair the old bridge before the winter comes. ";

  @Test
  void cleansMarkupNestedTenThousandDeep() {
    int depth = 10_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append("<p>").append(SENTENCE.repeat(3)).append("</p>");
    html.append("</div>".repeat(depth)).append("</body></html>");
    Article a = Cleaned.html(html.toString());
    assertTrue(a.text().startsWith("The council met on Monday"), a.text());
  }

  @Test
  void cleansTenThousandDeepSpansAroundEveryWord() {
    StringBuilder html = new StringBuilder("<html><body><p>");
    for (int i = 0; i < 10_000; i++) {
      html.append("<span>word").append(i % 10).append(' ');
    }
    html.append("</p></body></html>");
    assertTrue(Cleaned.html(html.toString()).text().contains("word9"));
  }

  @Test
  void cleansATenMegabytePageInSeconds() {
    StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav>");
    for (int i = 0; html.length() < 10_000_000; i++) {
      html.append("<div class='section'><p>Part ").append(i).append(": ").append(SENTENCE.repeat(4))
          .append("</p></div>\n");
    }
    html.append("</body></html>");
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cleaned.html(html.toString()));
    assertTrue(a.text().length() > 5_000_000, "kept " + a.text().length() + " chars");
  }
}
