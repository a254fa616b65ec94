package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dossier eval}: its help, its errors, and one real run on an invented two-page set. */
class EvalCommandTest extends CapturedStreams {

  @Test
  void evalHelpListsExtraction() {
    assertEquals(0, Main.run("eval", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("extraction"), out.toString());
  }

  @Test
  void extractionHelpNamesItsOptions() {
    assertEquals(0, Main.run("eval", "extraction", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String option : List.of("--set", "--part", "--limit", "--shared")) {
      assertTrue(help.contains(option), help);
    }
  }

  @Test
  void anUnknownSetFailsWithOneLine() throws Exception {
    assertEquals(1, Main.run("eval", "extraction", "--shared", tinyShared(), "--set", "none"));
    assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString());
  }

  @Test
  void anUnknownPartIsAUsageError() throws Exception {
    assertEquals(2, Main.run("eval", "extraction", "--shared", tinyShared(), "--part", "train"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("dev, test or all"), err.toString());
  }

  @Test
  void printsOneRowPerExtractor() throws Exception {
    assertEquals(0, Main.run("eval", "extraction", "--shared", tinyShared(), "--set", "tiny"));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    for (String row : List.of("Dossier (HTML)", "Dossier (text)", "readability4j", "boilerpipe",
        "crux", "raw text")) {
      assertEquals(1, lines.stream().filter(l -> l.startsWith(row + " ")).count(), row + "\n" + lines);
    }
  }

  private static String tinyShared() throws Exception {
    return Path.of(EvalCommandTest.class.getResource("/eval-shared").toURI()).toString();
  }
}
