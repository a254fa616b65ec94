package dossier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Extraction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server takes in what is stored while it serves, without a restart. */
class FollowsTheStoreTest {
  /** Long enough for a slow machine; the server checks the store every second. */
  private static final int WAIT_MS = 30_000;

  @Test
  void showsAReportStoredWhileServingWithItsContradiction(@TempDir Path dir) throws Exception {
    List<Extraction> situation = Corpus.situation();
    Extraction denial = situation.get(1);
    try (TestServer server = TestServer.start(dir, null,
        List.of(situation.get(0), situation.get(2)))) {
      assertEquals(0, server.json("/api/contradictions").get("total").asInt());
      assertEquals(2, server.json("/api/documents").get("total").asInt());

      server.add(List.of(denial));
      JsonNode contradictions = awaitSome(server, "/api/contradictions");

      assertEquals(List.of("c1-0", "c3-0"),
          EntitiesApiTest.idsIn(contradictions.get("items").get(0).get("claims")));
      assertEquals(3, server.json("/api/documents").get("total").asInt());
      assertEquals("denial", server.json("/api/claims/c3-0").get("contradictions").get(0)
          .get("kind").asText());
      EntitiesApiTest.named(server, "Defence Ministry");
      assertEquals(1, server.json("/api/search?q=ministry").get("total").asInt());
    }
  }

  @Test
  void answersAKeptSearchAnewOnceTheStoreChanged(@TempDir Path dir) throws Exception {
    List<Extraction> situation = Corpus.situation();
    try (TestServer server = TestServer.start(dir, null,
        List.of(situation.get(0), situation.get(2)))) {
      assertEquals(0, server.json("/api/search?q=ministry").get("total").asInt());
      assertEquals(0, server.json("/api/search?q=ministry").get("total").asInt());

      server.add(List.of(situation.get(1)));

      assertEquals(1, awaitSome(server, "/api/search?q=ministry").get("total").asInt());
    }
  }

  /**
   * Polls a list until it holds something; the earlier answers must be served meanwhile, never
   * a 503.
   */
  private static JsonNode awaitSome(TestServer server, String path) throws InterruptedException {
    long end = System.currentTimeMillis() + WAIT_MS;
    while (true) {
      JsonNode list = server.json(path);
      if (list.get("total").asInt() > 0 || System.currentTimeMillis() > end) {
        return list;
      }
      Thread.sleep(100);
    }
  }
}
