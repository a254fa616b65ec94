package dossier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesApiTest extends ServedSituation {
  static JsonNode named(TestServer server, String name) {
    JsonNode page = server.json("/api/entities?q=" + name.replace(" ", "%20"));
    for (JsonNode e : page.get("items")) {
      if (e.get("name").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + name + " in " + page);
  }

  @Test
  void listsEntitiesOfOneTypeWithTheirCounts() {
    JsonNode people = server.json("/api/entities?type=person");
    assertEquals(1, people.get("total").asInt());
    JsonNode navarro = people.get("items").get(0);
    assertEquals("Luis Navarro", navarro.get("name").asText());
    assertEquals(3, navarro.get("mentions").asInt());
    assertEquals(2, navarro.get("documents").asInt());
    assertEquals(400, server.get("/api/entities?type=spaceship").status());
  }

  @Test
  void findsEntitiesByNameWithWildcardsTakenLiterally() {
    assertEquals("Luis Navarro", named(server, "Luis Navarro").get("name").asText());
    assertEquals(0, server.json("/api/entities?q=%25").get("total").asInt());
    assertEquals(0, server.json("/api/entities?q=_").get("total").asInt());
  }

  @Test
  void showsAnEntityWithAliasesTheClaimsItMakesAndTheClaimsAboutIt() {
    JsonNode navarro = server.json("/api/entities/" + named(server, "Luis Navarro").get("id").asText());
    assertEquals("[\"Navarro\"]", navarro.get("aliases").toString());
    assertEquals(3, navarro.get("mentionList").get("total").asInt());
    assertEquals(List.of("c1-0", "c1-1", "c3-0"), ids(navarro.get("claimsBy")));
    assertEquals(0, navarro.get("claimsAbout").get("total").asInt());
    JsonNode caracas = server.json("/api/entities/" + named(server, "Caracas").get("id").asText());
    assertEquals(List.of("c1-0", "c2-0", "c3-0"), ids(caracas.get("claimsAbout")));
    assertEquals(0, caracas.get("claimsBy").get("total").asInt());
  }

  @Test
  void pagesAnEntitysListsAlike() {
    String id = named(server, "Luis Navarro").get("id").asText();
    JsonNode second = server.json("/api/entities/" + id + "?limit=1&offset=1");
    assertEquals(List.of("c1-1"), ids(second.get("claimsBy")));
    assertEquals(3, second.get("claimsBy").get("total").asInt());
  }

  @Test
  void showsTheEventsOfAnEntityWithBothPartiesResolved() {
    JsonNode russia = server.json("/api/entities/" + named(server, "Russia").get("id").asText());
    JsonNode event = russia.get("events").get("items").get(0);
    assertEquals(russia.get("id").asText(), event.get("actor").asText());
    assertEquals(named(server, "Venezuelan").get("id").asText(), event.get("target").asText());
  }

  @Test
  void answersAnUnknownEntityWith404() {
    assertEquals(404, server.get("/api/entities/e999").status());
    assertEquals(400, server.get("/api/entities/d1").status());
  }

  @Test
  void linksEntitiesInTheGraphByClaimsAndEvents() {
    JsonNode graph = server.json("/api/graph");
    String russia = named(server, "Russia").get("id").asText();
    String venezuelan = named(server, "Venezuelan").get("id").asText();
    JsonNode edge = null;
    for (JsonNode e : graph.get("edges")) {
      if (e.get("source").asText().equals(russia) && e.get("target").asText().equals(venezuelan)
          || e.get("source").asText().equals(venezuelan) && e.get("target").asText().equals(russia)) {
        edge = e;
      }
    }
    assertTrue(edge != null, graph.toString());
    assertEquals(1, edge.get("events").asInt());
    assertEquals(1, edge.get("claims").asInt());
    assertEquals(2, server.json("/api/graph?limit=2").get("nodes").size());
  }

  /** The ids of a page's items. */
  static List<String> ids(JsonNode page) {
    return idsIn(page.get("items"));
  }

  static List<String> idsIn(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(i -> out.add(i.get("id").asText()));
    return out;
  }
}
