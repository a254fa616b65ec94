package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench commands' wiring: their legs run and fill the tables. Timings are never asserted. */
class BenchCommandTest extends CapturedStreams {
  private static final Path TINY = Path.of("src/test/resources/bench/tiny");

  @Test
  void printsEveryLegSideBySideForATinyCorpus() {
    int status = Main.run("bench", "--corpus", TINY.toString(), "--polnear-limit", "0",
        "--store-reports", "30");

    String table = out.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OK, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(table.matches("(?s).*\\ndocuments +1 +1 +1\\n.*"), table);
    assertTrue(table.matches("(?s).*\\nb/a tokens/s \\(wall clock\\) +1\\.00 +[0-9.]+ +[0-9.]+\\n.*"),
        table);
    assertTrue(table.matches("(?s).*\\nthreads 2/1 tokens/s \\(wall clock\\) +[0-9.]+ +[0-9.]+\\n.*"),
        table);
    assertTrue(table.matches("(?s).*\\n  documents alone, resolution aside +[0-9.]+ +[0-9.]+\\n.*"),
        table);
    assertTrue(table.matches(
        "(?s).*\\ncores busy \\(CPU / wall clock\\) +[0-9.]+ +[0-9.]+ +[0-9.]+\\n.*"), table);
    assertTrue(table.matches("(?s).*\\nwhole build \\(s\\) +[0-9.]+ +[0-9.]+ +[0-9.]+\\n.*"), table);
    assertTrue(table.contains("30 reports"), table);
  }

  @Test
  void printsApiLatencyPercentilesForEachKindOfRequestAndNumberOfClients(@TempDir Path dir) {
    int status = Main.run("bench", "api", "--store", dir.resolve("api.db").toString(),
        "--reports", "20", "--clients", "1,2", "--requests", "3");

    String table = out.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OK, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(table.contains("20 reports, 200 claims"), table);
    assertTrue(table.matches("(?s).*\\nlatency, ms +1 client +2 clients\\n.*"), table);
    assertTrue(table.matches("(?s).*\\nload from (wrk|Java's HTTP client).*"), table);
    for (String kind : List.of("claims list, by entity and date", "entity, any",
        "search, a common word", "events \\(timeline\\), any page")) {
      // p50, p90, p99, cpu and kept% per column; kept% is "-" for requests never kept.
      assertTrue(table.matches("(?s).*\\n" + kind + "( +([0-9.]+|-)){10}\\n.*"),
          kind + "\n" + table);
    }
    assertTrue(table.matches("(?s).*\\nload average at end [0-9.]+.*"), table);
  }

  @Test
  void refusesAnApiBenchWithoutClients(@TempDir Path dir) {
    int status = Main.run("bench", "api", "--store", dir.resolve("api.db").toString(),
        "--clients", "0");

    assertEquals(ExitCodes.USAGE, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--clients"));
  }

  @Test
  void runsTheIncrementalLegAlone() {
    int status = Main.run("bench", "--corpus", TINY.toString(), "--store-reports", "30",
        "--only", "incremental");

    String table = out.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OK, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(table.matches(
        "(?s)Adding one report.*\\nwhole build \\(s\\) +[0-9.]+ +[0-9.]+ +[0-9.]+\\n.*"), table);
    assertTrue(table.contains("30 reports") && !table.contains("tokens/s"), table);
  }

  @Test
  void refusesToRunALegThatDoesNotStandAlone() {
    int status = Main.run("bench", "--corpus", TINY.toString(), "--only", "stock");

    assertEquals(ExitCodes.USAGE, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--only"));
  }

  @Test
  void refusesANegativePolnearLimit() {
    int status = Main.run("bench", "--corpus", TINY.toString(), "--polnear-limit", "-1");

    assertEquals(ExitCodes.USAGE, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--polnear-limit"));
  }
}
