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

  @Test
  void keepsEachThreadCountsFiguresApartInOneLeg() {
    Figures one = new Figures();
    one.put(Figures.WALL, 10.0);
    Figures two = new Figures();
    two.put(Figures.WALL, 5.5);
    Figures leg = new Figures();
    leg.putAll(one.scoped(BuildLeg.scope(1)));
    leg.putAll(two.scoped(BuildLeg.scope(2)));

    assertEquals(10.0, leg.in(BuildLeg.scope(1)).get(Figures.WALL));
    assertEquals(5.5, leg.in(BuildLeg.scope(2)).get(Figures.WALL));
    assertTrue(Double.isNaN(leg.get(Figures.WALL)), "no figure outside a scope");
    assertTrue(leg.in(BuildLeg.scope(4)).isEmpty(), "no figures for a count not measured");
  }
}
