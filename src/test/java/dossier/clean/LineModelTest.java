package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineModelTest {

  @Test
  void theBundledModelWeighsEveryFeature() throws IOException {
    List<String> names = Files.readAllLines(Path.of("src/main/resources/dossier/clean",
        LineModel.RESOURCE)).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0])
        .toList();
    assertEquals(LineFeatures.NAMES, names);
    LineModel.bundled();
  }

  @Test
  void writesOneNamedWeightALine(@TempDir Path dir) throws IOException {
    double[] weights = new double[LineFeatures.NAMES.size()];
    weights[1] = -0.25;
    Path file = dir.resolve("model.tsv");
    new LineModel(weights).write(file);
    List<String> lines = Files.readAllLines(file);
    assertEquals(LineFeatures.NAMES.size() + 1, lines.size());
    assertEquals(LineFeatures.NAMES.get(1) + "\t-0.250000", lines.get(2));
  }

  @Test
  void refusesWeightsThatDoNotMatchTheFeatures() {
    assertThrows(IllegalArgumentException.class, () -> new LineModel(new double[2]));
  }
}
