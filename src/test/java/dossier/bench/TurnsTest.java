package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnsTest {

  @Test
  void turnsTheOrderEveryOtherRound() {
    List<Integer> counts = List.of(1, 2);
    assertEquals(List.of(1, 2), Turns.of(counts, 0));
    assertEquals(List.of(2, 1), Turns.of(counts, 1));
    assertEquals(List.of(1, 2), Turns.of(counts, 2));
  }

  @Test
  void leavesTheGivenListAsItWas() {
    List<String> stores = new ArrayList<>(List.of("empty", "full"));
    Turns.of(stores, 1);
    assertEquals(List.of("empty", "full"), stores);
  }
}
