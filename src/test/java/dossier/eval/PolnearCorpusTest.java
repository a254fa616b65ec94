package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.model.DateSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearCorpusTest {
  private final PrintStream log = new PrintStream(new ByteArrayOutputStream());

  private List<PolnearArticle> dev(int limit) throws IOException {
    return new PolnearCorpus(PolnearFixture.polnear()).read("dev", limit, log);
  }

  @Test
  void scoresAnArticleAnnotatedTwiceAgainstTheFirstAnnotatorInSortedOrder() throws IOException {
    PolnearArticle bridge = dev(0).get(0);
    assertEquals("b2c3", bridge.annotator());
    assertEquals(2, bridge.annotations());
    assertEquals(3, bridge.gold().size());
  }

  @Test
  void readsArticlesInFileNameOrderUpToTheLimit() throws IOException {
    assertEquals(List.of("a-bridge", "b-quiet"), dev(0).stream().map(PolnearArticle::name).toList());
    assertEquals(List.of("a-bridge"), dev(1).stream().map(PolnearArticle::name).toList());
  }

  @Test
  void datesTheArticleFromTheMetadataTableWhenItHasADate() throws IOException {
    var bridge = dev(0).get(0).article();
    assertEquals(LocalDate.of(2016, 9, 12), bridge.published());
    assertEquals(DateSource.METADATA, bridge.publishedSource());
    assertNull(dev(0).get(1).article().published());
  }

  @Test
  void givesDossierTheTextExactlySoThatOffsetsAgree() throws IOException {
    PolnearArticle bridge = dev(0).get(0);
    assertEquals(bridge.text(), bridge.article().text());
    assertEquals("en", bridge.article().language());
  }

  @Test
  void failsOnAMissingSplitNamingTheFolder() {
    assertThrows(NoSuchFileException.class,
        () -> new PolnearCorpus(PolnearFixture.polnear()).read("train", 0, log));
  }
}
