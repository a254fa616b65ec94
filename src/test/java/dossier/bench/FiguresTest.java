package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void readsBackWhatALegPrintedAmongLibraryChatter() {
    Figures printed = new Figures();
    printed.put(Figures.TOKENS, 1234);
    printed.put(Figures.WALL, 2.5);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    printed.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    Figures read = new Figures();
    read.read("[main] INFO edu.stanford.nlp.pipeline.StanfordCoreNLP - Adding annotator tokenize");
    bytes.toString(StandardCharsets.UTF_8).lines().forEach(read::read);

    assertEquals(1234, read.get(Figures.TOKENS));
    assertEquals(2.5, read.get(Figures.WALL));
    assertTrue(Double.isNaN(read.get(Figures.CPU)), "a figure not measured reads NaN");
  }
}
