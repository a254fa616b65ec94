package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineLabelsTest {

  @Test
  void labelsTheLinesHoldingEachKindOfSegmentAndLeavesTheRestOut() {
    List<String> lines = List.of("Home | News | Sport", "Storm hits the coast",
        "The storm hit the coast on Monday, officials said.", "It is expected to weaken.",
        "Share this", "Home | News | Sport");
    GoldPage gold = new GoldPage("u", "f", List.of("officials said. It is expected"),
        List.of("Home | News", "Share"), null, null, null);
    assertArrayEquals(new Boolean[] {false, null, true, true, false, null},
        LineLabels.of(lines, gold));
  }

  @Test
  void leavesOutAMainTextSegmentFoundTwiceAndALineClaimedBothWays() {
    List<String> lines = List.of("Read the report", "Read the report here.", "Comments");
    GoldPage gold = new GoldPage("u", "f", List.of("Read the report", "Comments"),
        List.of("Comments"), null, null, null);
    assertArrayEquals(new Boolean[] {null, null, null}, LineLabels.of(lines, gold));
  }
}
