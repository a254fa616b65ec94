package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's --engine and --master options, short of running a build. */
class BuildEngineOptionTest extends CapturedStreams {

  @TempDir Path dir;

  @Test
  void aSparkMasterWithoutTheSparkEngineIsAUsageError() {
    Path db = dir.resolve("k.db");
    assertEquals(ExitCodes.USAGE,
        Main.run("build", "--db", db.toString(), "--master", "local[2]", "examples"));
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.contains("--master needs --engine spark"), error);
    assertFalse(Files.exists(db), "a refused build must not create the store");
  }

  @Test
  void anUnknownEngineIsAUsageError() {
    assertEquals(ExitCodes.USAGE, Main.run("build", "--engine", "hadoop", "examples"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("threads, spark"), err.toString());
  }
}
