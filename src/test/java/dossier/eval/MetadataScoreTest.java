package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataScoreTest {

  @Test
  void titlesMatchIgnoringCaseAndSpacingOrWhenOneContainsTheOther() {
    assertTrue(MetadataScore.sameText("Bridge  Reopens", "bridge reopens"));
    assertTrue(MetadataScore.sameText("Bridge reopens", "Bridge reopens | Valley Post"));
    assertFalse(MetadataScore.sameText("Bridge reopens", "Valley Post"));
    assertFalse(MetadataScore.sameText("Bridge reopens", " "));
  }

  @Test
  void datesMatchOnTheDayWhateverTheGoldTime() {
    assertTrue(MetadataScore.sameDay("2021-04-12T08:30:00", "2021-04-12"));
    assertFalse(MetadataScore.sameDay("2021-04-12", "2021-04-13"));
  }

  @Test
  void scoresEachFieldOnlyOverPagesWhoseGoldHasIt() {
    MetadataScore score = new MetadataScore();
    score.add(new Output("", "Bridge reopens", null, "2021-04-12"),
        new GoldPage("u", "f", List.of(), List.of(), "Bridge reopens", null, "2021-04-12T08:30"));
    score.add(new Output("", "Weather", "Ann Lee", null),
        new GoldPage("v", "g", List.of(), List.of(), "Storm warning", "Ann Lee; Bo Park", null));
    assertEquals(1, score.title().hits());
    assertEquals(2, score.title().total());
    assertEquals(1, score.date().hits());
    assertEquals(1, score.date().total());
    assertEquals(1, score.author().hits());
    assertEquals(1, score.author().total());
  }
}
