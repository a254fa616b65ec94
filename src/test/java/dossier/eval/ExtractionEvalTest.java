package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvalTest {
  private static final Duration SHORT = Duration.ofMillis(300);
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @Test
  void scoresEachExtractorOnTheSamePages() throws IOException {
    String table = run(SHORT, new Fake("echo", Page::text));
    assertEquals(List.of("echo", "0.500", "1.000", "0.667", "0.500"), cells(table, "echo").subList(0, 5));
  }

  @Test
  void aStackOverflowCountsAsEmptyOutputAndTheRunGoesOn() throws IOException {
    // Overflowing a deep stack takes a while, and must not be mistaken for a timeout.
    String table = run(Duration.ofSeconds(20), new Fake("deep", p -> String.valueOf(recurse(0))), new Fake("echo", Page::text));
    List<String> deep = cells(table, "deep");
    assertEquals(List.of("0.000", "0.000", "0.000", "0.500"), deep.subList(1, 5));
    assertEquals("2", deep.get(6), table);
    assertEquals("1.000", cells(table, "echo").get(2));
  }

  @Test
  void aPagePastTheTimeLimitCountsAsEmptyOutput() throws IOException {
    String table = run(SHORT, new Fake("slow", p -> {
      Thread.sleep(5_000);
      return p.text();
    }));
    List<String> slow = cells(table, "slow");
    assertEquals("0.000", slow.get(2));
    assertEquals("2", slow.get(7), table);
  }

  @Test
  void cpuSpeedLeavesOutTimeSpentWaitingWhileWallClockSpeedCountsIt() throws IOException {
    String table = run(Duration.ofSeconds(5), new Fake("sleepy", p -> {
      Thread.sleep(100);
      return p.text();
    }));
    assertTrue(table.lines().anyMatch(l -> l.contains(" CPU pg/s ") && l.endsWith(" wall pg/s")), table);
    List<String> sleepy = cells(table, "sleepy");
    assertTrue(Double.parseDouble(sleepy.get(5)) > 100, table);
    assertTrue(Double.parseDouble(sleepy.get(sleepy.size() - 1)) < 10.5, table);
  }

  @Test
  void anUnknownSetFailsNamingWhereItLooked() {
    ExtractionEval eval = new ExtractionEval(List.of(), Duration.ofSeconds(1));
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> eval.run(TinySet.shared(),
        "none", Part.ALL, 0, new PrintStream(new ByteArrayOutputStream()), new PrintStream(log)));
    assertTrue(e.getMessage().contains("none-eval"), e.getMessage());
  }

  private String run(Duration limit, PageExtractor... extractors) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExtractionEval(List.of(extractors), limit)
        .run(TinySet.shared(), "tiny", Part.ALL, 0, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The cells of the table row for the named extractor. */
  private static List<String> cells(String table, String name) {
    return table.lines().filter(l -> l.startsWith(name + " ")).findFirst()
        .map(l -> Arrays.asList(l.trim().split("\\s+"))).orElseThrow(() -> new AssertionError(table));
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  interface Body {
    String text(Page page) throws Exception;
  }

  private record Fake(String name, Body body) implements PageExtractor {
    @Override
    public Output extract(Page page) throws Exception {
      return Output.text(body.text(page));
    }
  }
}
