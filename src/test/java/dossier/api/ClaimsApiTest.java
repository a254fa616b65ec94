package dossier.api;

import static dossier.api.EntitiesApiTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsApiTest extends ServedSituation {
  @Test
  void filtersClaimsByStance() {
    assertEquals(List.of("c2-0"), ids(server.json("/api/claims?stance=denies")));
    assertEquals(3, server.json("/api/claims?stance=asserts").get("total").asInt());
    assertEquals(400, server.get("/api/claims?stance=maybe").status());
  }

  @Test
  void filtersClaimsByEntityAndItsRole() {
    String navarro = EntitiesApiTest.named(server, "Luis Navarro").get("id").asText();
    String russia = EntitiesApiTest.named(server, "Russia").get("id").asText();
    assertEquals(List.of("c1-0", "c1-1", "c3-0"),
        ids(server.json("/api/claims?role=source&entity=" + navarro)));
    assertEquals(List.of(), ids(server.json("/api/claims?role=source&entity=" + russia)));
    assertEquals(List.of("c1-1"), ids(server.json("/api/claims?role=mentioned&entity=" + russia)));
    assertEquals(List.of("c1-1"), ids(server.json("/api/claims?entity=" + russia)));
  }

  @Test
  void filtersClaimsByReportAndPublicationDate() {
    assertEquals(List.of("c1-0", "c1-1"), ids(server.json("/api/claims?document=d1")));
    assertEquals(List.of("c2-0"), ids(server.json("/api/claims?from=2019-04-01&to=2019-04-30")));
    assertEquals(List.of("c2-0", "c3-0"), ids(server.json("/api/claims?from=2019-04-02")));
    assertEquals(List.of("c1-0", "c1-1"), ids(server.json("/api/claims?to=2019-03-25")));
    assertEquals(List.of("c2-0"), ids(server.json("/api/claims?stance=denies&from=2019-04-02")));
  }

  @Test
  void answersBadFiltersWith400() {
    for (String query : new String[] {"from=2019-13-01", "to=yesterday", "from=2019-05-01&to=2019-04-01",
        "entity=x", "document=e1", "role=witness"}) {
      assertEquals(400, server.get("/api/claims?" + query).status(), query);
    }
  }

  @Test
  void showsAClaimWithTheContradictionItTakesPartIn() {
    JsonNode claim = server.json("/api/claims/c1-0");
    assertEquals("Gen. Luis Navarro", claim.get("sourceText").asText());
    assertEquals("[\"Bloomberg\"]", claim.get("viaText").toString());
    JsonNode x = claim.get("contradictions").get(0);
    assertEquals("denial", x.get("kind").asText());
    JsonNode listed = server.json("/api/contradictions").get("items").get(0);
    assertEquals(x.get("id"), listed.get("id"));
    assertEquals(List.of("c1-0", "c2-0"), EntitiesApiTest.idsIn(listed.get("claims")));
    assertEquals(404, server.get("/api/claims/c1-9").status());
    assertEquals(400, server.get("/api/claims/c1").status());
  }

  @Test
  void listsEventsInTimeOrderWithTheirPrecision() {
    JsonNode events = server.json("/api/events");
    assertEquals(1, events.get("total").asInt());
    JsonNode event = events.get("items").get(0);
    assertEquals("2019-05", event.get("time").asText());
    assertEquals("month", event.get("timePrecision").asText());
    assertEquals("c1-1", event.get("claim").asText());
    assertEquals(event, server.json("/api/events/" + event.get("id").asText()));
    assertEquals(0, server.json("/api/events?type=ASSAULT").get("total").asInt());
    assertEquals(1, server.json("/api/events?document=d1").get("total").asInt());
  }
}
