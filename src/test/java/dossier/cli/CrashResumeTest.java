package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real build process with SIGKILL once it has stored a report, then builds again: the
 * rerun completes, every report is stored exactly once, and SQLite finds its file intact.
 */
class CrashResumeTest {
  private static final int REPORTS = 8;
  /** Extraction needs part-of-speech tags; these load in seconds. */
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";
  /** Exit status of a process ended by signal 9. */
  private static final int KILLED = 128 + 9;

  /** The build's summary line, as {@link BuildCommand} prints it. */
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) added, (\\d+) already stored");

  @TempDir Path dir;

  @Test
  void aBuildKilledMidRunResumesWithEveryReportStoredOnce() throws Exception {
    Path corpus = writeReports(Files.createDirectories(dir.resolve("corpus")));
    Path db = dir.resolve("k.db");

    Process first = build(db, corpus, "first");
    long storedWhenKilled = awaitFirstDocument(first, db);
    first.destroyForcibly();
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    assertEquals(KILLED, first.exitValue(), "the first build ended before it was killed");
    assertTrue(storedWhenKilled < REPORTS, "killed too late to test resuming: " + storedWhenKilled);

    Process second = build(db, corpus, "second");
    assertTrue(second.waitFor(5, TimeUnit.MINUTES), "the rerun did not finish");
    assertEquals(0, second.exitValue(), log("second"));
    Matcher summary = SUMMARY.matcher(log("second"));
    assertTrue(summary.find(), log("second"));
    int added = Integer.parseInt(summary.group(1));
    int alreadyStored = Integer.parseInt(summary.group(2));
    assertTrue(alreadyStored >= storedWhenKilled, summary.group());
    assertEquals(REPORTS, added + alreadyStored, summary.group());

    assertEquals(List.of((long) REPORTS, (long) REPORTS, (long) REPORTS),
        longs(db, "SELECT count(*), count(DISTINCT hash), count(DISTINCT origin) FROM documents"));
    assertEquals("ok", string(db, "PRAGMA integrity_check"));
    assertEquals(List.of(0L), longs(db, "SELECT count(*) FROM skipped"));
  }

  /** Reports that differ in every sentence, long enough that each takes a moment to annotate. */
  private static Path writeReports(Path corpus) throws IOException {
    for (int r = 1; r <= REPORTS; r++) {
      StringBuilder text = new StringBuilder();
      for (int s = 1; s <= 15; s++) {
        text.append("Officials in district ").append(r).append(" said on day ").append(s)
            .append(" that ").append(r * 100 + s).append(" workers had arrived at the port. ");
      }
      Files.writeString(corpus.resolve("report-" + r + ".txt"), text);
    }
    return corpus;
  }

  private Process build(Path db, Path corpus, String name) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
        "--db", db.toString(), "--threads", "1", "--annotators", ANNOTATORS, corpus.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile()).start();
  }

  /** Polls the store until the build has committed a document; returns how many it had. */
  private long awaitFirstDocument(Process build, Path db) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue(build.isAlive(), "the first build ended before storing a report: "
          + log("first"));
      long stored = storedDocuments(db);
      if (stored > 0) {
        return stored;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no report stored within 3 minutes: " + log("first"));
  }

  private static long storedDocuments(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try {
      return longs(db, "SELECT count(*) FROM documents").get(0);
    } catch (SQLException e) {
      return 0; // the schema is not created yet
    }
  }

  private static List<Long> longs(Path db, String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        out.add(r.getLong(i));
      }
    }
    return out;
  }

  private static String string(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private String log(String name) {
    try {
      return Files.readString(dir.resolve(name + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
