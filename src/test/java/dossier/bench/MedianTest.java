package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void takesTheMiddleTimingWhateverTheOrderTheyCameIn() {
    assertEquals(5.0, Median.value(List.of(9.0, 5.0, 4.0), Double::doubleValue));
    assertEquals("bb", Median.of(List.of("ccc", "a", "bb"), String::length));
  }

  @Test
  void takesTheUpperMiddleOfAnEvenCount() {
    assertEquals(6.0, Median.value(List.of(6.0, 1.0, 9.0, 2.0), Double::doubleValue));
  }

  @Test
  void refusesNoTimingsAtAll() {
    assertThrows(IllegalArgumentException.class, () -> Median.value(List.<Double>of(), d -> d));
  }
}
