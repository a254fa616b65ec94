package dossier.eval;

import static dossier.eval.PolnearFixture.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearBratReaderTest {
  private static final Path DEV = PolnearFixture.polnear().resolve("dev");

  @TempDir Path dir;

  private static String text() throws IOException {
    return Files.readString(DEV.resolve("text/a-bridge.txt"), StandardCharsets.UTF_8);
  }

  private static List<AttributionRelation> gold() throws IOException {
    return new PolnearBratReader().read(DEV.resolve("attributions/a-bridge_b2c3.ann"), text());
  }

  @Test
  void readsEachRelationWithItsSourceCueAndContent() throws IOException {
    AttributionRelation first = gold().get(0);
    assertEquals("Mayor Ann Lee", words(first.source(), text()));
    assertEquals("said", words(first.cue(), text()));
    assertEquals("the bridge would reopen", words(first.content(), text()));
  }

  @Test
  void countsBratCodePointOffsetsAsJavaChars() throws IOException {
    // The text opens with an emoji: one code point for brat, two chars for Java.
    assertEquals(3, gold().get(0).source().start());
  }

  @Test
  void keepsTheGapInADiscontinuousContent() throws IOException {
    assertEquals("\u201cIt is safe,\u201d|\u201cand it is ready.\u201d",
        words(gold().get(1).content(), text()));
  }

  @Test
  void joinsContentTwoToTheContentAndLeavesNoSourceWhereThereIsNone() throws IOException {
    AttributionRelation third = gold().get(2);
    assertEquals("The plan was|dropped.", words(third.content(), text()));
    assertEquals("reportedly", words(third.cue(), text()));
    assertNull(third.source());
  }

  @Test
  void ignoresNotesSpanTextOverALineBreakAndSpansOutsideRelations() throws IOException {
    assertEquals(3, gold().size());
  }

  @Test
  void rejectsAStrayLineNamingTheFileAndLine() throws IOException {
    Path ann = write("E1\tCue:T1\nnot brat\n");
    IOException e = assertThrows(IOException.class, () -> new PolnearBratReader().read(ann, "said it"));
    assertTrue(e.getMessage().contains(ann + ":2:"), e.getMessage());
  }

  @Test
  void rejectsARelationToAnUnknownSpan() throws IOException {
    Path ann = write("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1 Source:T9\n");
    IOException e = assertThrows(IOException.class, () -> new PolnearBratReader().read(ann, "said it"));
    assertTrue(e.getMessage().contains("T9"), e.getMessage());
  }

  @Test
  void rejectsASpanPastTheEndOfTheText() throws IOException {
    Path ann = write("T1\tCue 0 40\tsaid\n");
    assertThrows(IOException.class, () -> new PolnearBratReader().read(ann, "said it"));
  }

  private Path write(String ann) throws IOException {
    return Files.writeString(dir.resolve("x_a.ann"), ann, StandardCharsets.UTF_8);
  }
}
