package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartTest {
  private final List<String> files = IntStream.range(0, 1000).mapToObj(i -> "page" + i + ".html").toList();

  @Test
  void devAndTestSplitTheSetInTwoDisjointHalves() {
    long dev = files.stream().filter(Part.DEV::holds).count();
    long test = files.stream().filter(Part.TEST::holds).count();
    assertEquals(files.size(), dev + test);
    assertTrue(Math.abs(dev - test) < 100, dev + " dev against " + test + " test");
    assertTrue(files.stream().allMatch(Part.ALL::holds));
    files.forEach(f -> assertNotEquals(Part.DEV.holds(f), Part.TEST.holds(f), f));
  }
}
