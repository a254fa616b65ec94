package dossier.api;

import static dossier.api.EntitiesApiTest.idsIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchApiTest extends ServedSituation {
  static JsonNode search(String q) {
    return server.json("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  @Test
  void findsTheClaimsWhoseEvidenceHoldsTheWords() {
    JsonNode result = search("pilots");
    assertEquals(1, result.get("total").asInt());
    JsonNode hit = result.get("items").get(0);
    assertEquals("d1", hit.get("document").get("id").asText());
    assertEquals(List.of("c1-1"), idsIn(hit.get("claims")));
    String text = server.json("/api/documents/d1").get("text").asText();
    assertEquals("pilots", DocumentsApiTest.slice(text, hit.get("matches").get(0)));
  }

  @Test
  void needsEveryWordAndMatchesPrefixes() {
    assertEquals(3, search("contractors").get("total").asInt());
    assertEquals(1, search("contractors left").get("total").asInt());
    assertEquals(3, search("contract*").get("total").asInt());
    assertEquals(0, search("contract").get("total").asInt());
  }

  @Test
  void countsEveryHitWhicheverPageIsAsked() {
    for (String page : new String[] {"limit=2", "limit=2&offset=2", "limit=2&offset=9",
        "limit=3", "limit=4"}) {
      JsonNode result = server.json("/api/search?q=contractors&" + page);
      assertEquals(3, result.get("total").asInt(), page);
    }
    assertEquals(1, server.json("/api/search?q=contractors&limit=2&offset=2").get("items").size());
  }

  @Test
  void givesASnippetAsTextPartsWithTheMatchMarked() {
    JsonNode snippet = search("Bloomberg").get("items").get(0).get("snippet");
    StringBuilder hits = new StringBuilder();
    snippet.forEach(p -> hits.append(p.get("hit").asBoolean() ? p.get("text").asText() : ""));
    assertEquals("Bloomberg", hits.toString());
  }

  @Test
  void neverLetsTypedTextBecomeQuerySyntax() {
    for (String q : new String[] {"\"", "contractors\" OR \"pilots", "NEAR(contractors pilots)",
        "title:Caracas", "'; DROP TABLE claims; --", "*", "^contractors", "a AND", "(("}) {
      TestServer.Response r = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertTrue(r.status() == 200 || r.status() == 400, q + " answered " + r.status());
    }
    assertEquals(0, search("contractors OR pilots").get("total").asInt(), "OR is a word here");
    assertEquals(4, server.json("/api/claims").get("total").asInt(), "the store is intact");
  }

  @Test
  void answersAMissingOrEmptyQueryWith400() {
    assertEquals(400, server.get("/api/search").status());
    assertEquals(400, server.get("/api/search?q=%20%2B%20").status());
    assertEquals(400, server.get("/api/search?q=" + "word%20".repeat(30)).status());
  }
}
