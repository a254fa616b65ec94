package dossier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes what the server answers: every path, every field. */
class OpenApiTest {
  @TempDir
  static Path dir;
  static TestServer server;
  static JsonNode openApi;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(dir, null, Corpus.situation());
    openApi = server.json("/api/openapi.json");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void isAnOpenApi3Document() {
    assertTrue(openApi.get("openapi").asText().startsWith("3."));
    assertTrue(openApi.get("paths").size() >= 12);
  }

  @Test
  void everyDocumentedPathAnswersAsItsSchemaSays() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
      JsonNode get = path.getValue().get("get");
      String url = example(path.getKey(), get.get("parameters"));
      TestServer.Response r = server.get(url);
      if (r.status() != 200) {
        failures.add(url + " answered " + r.status());
        continue;
      }
      JsonNode schema = get.at("/responses/200/content/application~1json/schema");
      if (!schema.isMissingNode()) {
        Set<ValidationMessage> errors = validate(schema.get("$ref").asText(), r.json());
        if (!errors.isEmpty()) {
          failures.add(url + ": " + errors);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void documentsTheErrorShape() {
    assertEquals(Set.of(), validate("#/components/schemas/Error", server.get("/api/claims/c9-9").json()));
  }

  /** A request for a path: path parameters and required query parameters get their examples. */
  private static String example(String path, JsonNode parameters) {
    StringBuilder query = new StringBuilder();
    for (JsonNode p : parameters == null ? JsonNodeFactory.instance.arrayNode() : parameters) {
      if (p.has("$ref")) {
        continue;
      }
      if (p.get("in").asText().equals("path")) {
        path = path.replace("{" + p.get("name").asText() + "}", p.get("example").asText());
      } else if (p.get("required").asBoolean()) {
        query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append('=')
            .append(p.get("example").asText());
      }
    }
    return path + query;
  }

  private static Set<ValidationMessage> validate(String ref, JsonNode body) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$ref", ref);
    root.set("components", jsonSchema(openApi.get("components").deepCopy()));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root)
        .validate(body);
  }

  /** OpenAPI 3.0's {@code nullable} in JSON Schema terms; examples dropped. */
  private static JsonNode jsonSchema(JsonNode node) {
    if (node.isArray()) {
      node.forEach(OpenApiTest::jsonSchema);
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode o = (ObjectNode) node;
    o.remove("example");
    o.properties().forEach(e -> jsonSchema(e.getValue()));
    if (o.path("nullable").asBoolean()) {
      o.remove("nullable");
      if (o.has("type")) {
        o.set("type", JsonNodeFactory.instance.arrayNode().add(o.get("type").asText()).add("null"));
      } else {
        ObjectNode schema = o.deepCopy();
        o.removeAll();
        o.putArray("anyOf").add(JsonNodeFactory.instance.objectNode().put("type", "null"))
            .add(schema);
      }
    }
    return o;
  }
}
