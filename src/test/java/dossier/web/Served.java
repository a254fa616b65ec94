package dossier.web;

import dossier.api.TestServer;
import dossier.model.Extraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server over hand-made reports with a headless Chromium pointed at it, started once for a
 * page test class ({@code @RegisterExtension static final Served SERVED = ...}); the class is
 * skipped when Chromium is not installed.
 */
final class Served implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<List<Extraction>> reports;
  private Path dir;
  private TestServer server;
  private Browser browser;

  Served(Supplier<List<Extraction>> reports) {
    this.reports = reports;
  }

  TestServer server() {
    return server;
  }

  Browser browser() {
    return browser;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Browser.assumeInstalled();
    dir = Files.createTempDirectory("dossier-page");
    server = TestServer.start(dir, null, reports.get());
    browser = Browser.open(Files.createDirectory(dir.resolve("profile")));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
