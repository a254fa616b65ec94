package dossier.web;

import dossier.api.TestServer;
import dossier.model.Extraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A server over hand-made reports with a headless Chromium pointed at it, for page tests. */
record Served(TestServer server, Browser browser) implements AutoCloseable {
  /** Skips the calling test class when Chromium is not installed. */
  static Served start(Path dir, List<Extraction> reports) throws Exception {
    Browser.assumeInstalled();
    TestServer server = TestServer.start(dir, null, reports);
    try {
      return new Served(server, Browser.open(Files.createDirectory(dir.resolve("profile"))));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void close() {
    browser.close();
    server.close();
  }
}
