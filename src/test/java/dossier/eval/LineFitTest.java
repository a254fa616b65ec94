package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.clean.TextLines;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFitTest {

  @Test
  void trainsOnTheLabelledLinesThatTheModelJudges() {
    String text = String.join("\n", "Ferry returns - Harbour News", "Home | Sport | Weather",
        "The old ferry is running again after a winter of repairs, the harbour office said.",
        "Tickets cost the same as last year.", "Privacy policy", "Home | Sport | Weather");
    GoldPage gold = new GoldPage("u", "f", List.of("The old ferry is running again",
        "Tickets cost the same"), List.of("Harbour News", "Home | Sport", "Privacy policy"), null,
        null, null);
    LineFit.Lines lines = LineFit.lines(List.of(new Page(gold, "", text, "hash")));
    // The menu and "Privacy policy" go by their wording before the model judges them.
    assertArrayEquals(new boolean[] {false, true, true}, lines.y());
    assertEquals(TextLines.featureNames().size(), lines.x()[0].length);
  }
}
