package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'dossier serve' refuses before it listens (serving itself is tested in dossier.api). */
class ServeCommandTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream realErr;

  @TempDir Path dir;

  @BeforeEach
  void capture() {
    realErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(realErr);
  }

  @Test
  void refusesToServeBeyondLoopbackWithoutAToken() throws Exception {
    Path db = Files.createFile(dir.resolve("k.db"));
    assertEquals(ExitCodes.USAGE, Main.run("serve", "--db", db.toString(), "--host", "0.0.0.0"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--token is required"), err.toString());
  }

  @Test
  void saysWhenThereIsNoKnowledgeBase() {
    assertEquals(ExitCodes.FAILED, Main.run("serve", "--db", dir.resolve("none.db").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no knowledge base"));
  }

  @Test
  void refusesAPortOutOfRange() {
    assertEquals(ExitCodes.USAGE, Main.run("serve", "--port", "70000"));
  }
}
