package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench command's wiring: its legs run and fill the table. Timings are never asserted. */
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
  void refusesANegativePolnearLimit() {
    int status = Main.run("bench", "--corpus", TINY.toString(), "--polnear-limit", "-1");

    assertEquals(ExitCodes.USAGE, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--polnear-limit"));
  }
}
