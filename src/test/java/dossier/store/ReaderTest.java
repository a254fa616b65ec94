package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderTest {
  @Test
  void bindsNewParametersWhenAKeptStatementIsRunAgain(@TempDir Path dir) throws Exception {
    try (Reader r = new Reader(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("r.db")))) {
      assertEquals(3, r.count("SELECT ? + ?", List.of(1, 2)));
      assertEquals(10, r.count("SELECT ? + ?", List.of(4, 6)));
    }
  }

  @Test
  void keepsAnsweringWhenMoreStatementsAreRunThanItKeeps(@TempDir Path dir) throws Exception {
    try (Reader r = new Reader(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("r.db")))) {
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 100; i++) {
          try (ResultSet rows = r.query("SELECT ? * " + i, List.of(2))) {
            rows.next();
            assertEquals(2 * i, rows.getInt(1));
          }
        }
      }
    }
  }
}
