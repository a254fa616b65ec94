package dossier.api;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of API tests: the invented situation corpus served on a free port, once per class. */
abstract class ServedSituation {
  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(dir, null, Corpus.situation());
  }

  @AfterAll
  static void stop() {
    server.close();
  }
}
