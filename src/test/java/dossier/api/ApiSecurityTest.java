package dossier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSecurityTest {
  private static final String TOKEN = "s3cret-token";

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(dir, TOKEN, Corpus.situation());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void refusesApiRequestsWithoutTheToken() {
    TestServer.Response none = server.get("/api/claims");
    assertEquals(401, none.status());
    assertEquals("a token is required", none.json().get("error").asText());
    assertEquals(401, server.get("/api/claims", "Authorization", "Bearer wrong").status());
    assertEquals(401, server.get("/api/claims?token=s3cret").status());
    assertEquals(401, server.get("/api/nothing").status(), "unknown paths tell nothing either");
  }

  @Test
  void acceptsTheTokenAsBearerOrQueryParameter() {
    assertEquals(200, server.get("/api/claims", "Authorization", "Bearer " + TOKEN).status());
    assertEquals(200, server.get("/api/claims?token=" + TOKEN).status());
  }

  @Test
  void servesThePageWithoutTheTokenUnderAStrictPolicy() {
    TestServer.Response page = server.get("/");
    assertEquals(200, page.status());
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
    assertFalse(csp.contains("unsafe"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(server.get("/api/claims?token=" + TOKEN).headers()
        .firstValue("Content-Security-Policy").isPresent());
  }

  @Test
  void servesOnlyItsOwnFilesWhateverThePath() {
    for (String path : new String[] {"/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/app.js/../../pom.xml",
        "/vendor/..%2f..%2fpom.xml", "/dossier/web/app.js", "/app.js%00.png", "/WEB-INF/web.xml",
        "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/etc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/src/main/resources/dossier/web/index.html"}) {
      TestServer.Response r = server.get(path);
      assertTrue(r.status() == 404 || r.status() == 400, path + " answered " + r.status());
      assertFalse(r.body().contains("<project") || r.body().contains("root:"), path);
    }
    assertEquals(200, server.get("/app.js").status());
    assertEquals(200, server.get("/vendor/cytoscape.min.js").status());
  }

  @Test
  void needsATokenForAnyHostButLoopback() {
    assertThrows(IllegalArgumentException.class,
        () -> new ApiServer.Settings("0.0.0.0", 0, null));
    assertTrue(ApiServer.Settings.loopback("127.0.0.1"));
    assertTrue(ApiServer.Settings.loopback("::1"));
    assertTrue(ApiServer.Settings.loopback("localhost"));
    assertFalse(ApiServer.Settings.loopback("0.0.0.0"));
    assertEquals("0.0.0.0", new ApiServer.Settings("0.0.0.0", 0, TOKEN).host());
  }
}
