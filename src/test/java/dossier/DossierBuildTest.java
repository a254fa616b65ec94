package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Skipped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the shipped example corpus end to end, through the front door. */
class DossierBuildTest {
  static final Path EXAMPLES = Path.of("examples");

  @TempDir Path dir;

  @Test
  void skipsTheErrorPageWithItsReasonAndStoresTheReports() throws Exception {
    try (Dossier dossier = Dossier.builder().database(dir.resolve("k.db")).build()) {
      BuildSummary s = dossier.build(List.of(EXAMPLES), BuildListener.NONE);
      assertEquals(5, s.files());
      assertEquals(4, s.added());
      assertEquals(1, s.skipped().size(), s.skipped().toString());
      Skipped skipped = s.skipped().get(0);
      assertTrue(skipped.origin().endsWith("page-not-found.html"), skipped.toString());
      assertTrue(skipped.reason().contains("error page"), skipped.toString());
      assertTrue(s.entities() > 0 && s.claims() > 0, s.toString());
      assertTrue(s.tokens() > 500, s.toString());
    }
  }

  @Test
  void exportsTheSameKnowledgeWhateverTheThreads() throws Exception {
    // Four threads read every example ahead of the store: outcomes finish out of input order.
    assertEquals(exportWith(1, dir.resolve("one.db")), exportWith(4, dir.resolve("four.db")));
  }

  private static String exportWith(int threads, Path db) throws Exception {
    try (Dossier dossier = Dossier.builder().database(db).threads(threads).build()) {
      dossier.build(List.of(EXAMPLES), BuildListener.NONE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      dossier.exportJson(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void rebuildingTheSameFolderAddsNothing() throws Exception {
    Path db = dir.resolve("k.db");
    try (Dossier dossier = Dossier.builder().database(db).build()) {
      dossier.build(List.of(EXAMPLES.resolve("2019-03-planes-syndicated.txt")), BuildListener.NONE);
    }
    try (Dossier dossier = Dossier.builder().database(db).build()) {
      BuildSummary again =
          dossier.build(List.of(EXAMPLES.resolve("2019-03-planes-syndicated.txt")), BuildListener.NONE);
      assertEquals(0, again.added());
      assertEquals(1, again.alreadyStored());
      assertEquals(1, again.documents());
    }
  }

  @Test
  void anInterruptedBuildResumesWhereItStopped() throws Exception {
    Path db = dir.resolve("k.db");
    Path corpus = copyOfTextExamples();
    BuildListener dies = new BuildListener() {
      @Override
      public void done(String origin) {
        throw new IllegalStateException("power cut after " + origin);
      }
    };
    try (Dossier dossier = Dossier.builder().database(db).threads(1).build()) {
      assertThrows(IllegalStateException.class, () -> dossier.build(List.of(corpus), dies));
    }
    try (Dossier dossier = Dossier.builder().database(db).threads(1).build()) {
      BuildSummary resumed = dossier.build(List.of(corpus), BuildListener.NONE);
      assertEquals(1, resumed.alreadyStored());
      assertEquals(2, resumed.added());
      assertEquals(3, resumed.documents());
    }
  }

  @Test
  void reportsAnUnreadableFileAndGoesOn() throws Exception {
    Path corpus = copyOfTextExamples();
    Files.write(corpus.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', 0, 1, 2});
    try (Dossier dossier = Dossier.builder().database(dir.resolve("k.db")).build()) {
      BuildSummary s = dossier.build(List.of(corpus), BuildListener.NONE);
      assertEquals(3, s.added());
      assertEquals(1, s.skipped().size());
      assertTrue(s.skipped().get(0).origin().endsWith("broken.pdf"));
      assertTrue(s.skipped().get(0).toString().lines().count() == 1, s.skipped().toString());
    }
  }

  private Path copyOfTextExamples() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (var files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    return corpus;
  }
}
