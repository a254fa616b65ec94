package dossier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DocumentsApiTest extends ServedSituation {
  @Test
  void pagesThroughReportsWithTheirTotal() {
    JsonNode first = server.json("/api/documents?limit=2");
    assertEquals(3, first.get("total").asInt());
    assertEquals(2, first.get("items").size());
    JsonNode rest = server.json("/api/documents?limit=2&offset=2");
    assertEquals(1, rest.get("items").size());
    assertEquals("d3", rest.get("items").get(0).get("id").asText());
    assertEquals(0, server.json("/api/documents?offset=50").get("items").size());
  }

  @Test
  void givesAReportWithItsCleanTextRemovedBlocksAndFactsThatPointIntoIt() {
    JsonNode doc = server.json("/api/documents/d1");
    String text = doc.get("text").asText();
    assertEquals("Courier", doc.get("outlet").asText());
    assertEquals("boilerplate", doc.get("removed").get(0).get("reason").asText());
    assertEquals(2, doc.get("claims").size());
    for (JsonNode claim : doc.get("claims")) {
      JsonNode span = claim.get("contentSpan");
      assertEquals(claim.get("content").asText(),
          text.substring(span.get("start").asInt(), span.get("end").asInt()));
    }
    JsonNode mention = doc.get("mentions").get(0);
    assertEquals(mention.get("text").asText(),
        text.substring(mention.get("start").asInt(), mention.get("end").asInt()));
    assertEquals("about 400", slice(text, doc.get("quantities").get(0).get("span")));
    assertEquals("trained", slice(text, doc.get("events").get(0).get("triggerSpan")));
  }

  @Test
  void takesPlainNumbersForIds() {
    assertEquals(server.json("/api/documents/d2"), server.json("/api/documents/2"));
  }

  @Test
  void answersAnUnknownReportWith404InJson() {
    TestServer.Response r = server.get("/api/documents/d99");
    assertEquals(404, r.status());
    assertEquals("no document d99", r.json().get("error").asText());
    assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
  }

  @Test
  void answersMalformedIdsAndPagesWith400() {
    for (String path : new String[] {"/api/documents/x1", "/api/documents/d1x",
        "/api/documents/99999999999999999999", "/api/documents?limit=0",
        "/api/documents?limit=201", "/api/documents?offset=-1", "/api/documents?limit=ten"}) {
      TestServer.Response r = server.get(path);
      assertEquals(400, r.status(), path);
      assertTrue(r.json().get("error").asText().length() > 0, path);
    }
  }

  @Test
  void answersUnknownEndpointsAndMethodsInJson() {
    assertEquals(404, server.get("/api/nothing").status());
    assertEquals("no such endpoint", server.get("/api/nothing").json().get("error").asText());
  }

  static String slice(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }
}
