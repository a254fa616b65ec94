package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export of the real sample reports (and two derived from them), built end to end, against
 * the JSON contract. */
class SamplesExportTest {
  static SampleSituation situation;
  static JsonNode export;

  @BeforeAll
  static void buildAndExport() throws Exception {
    situation = SampleSituation.get();
    export = situation.export;
  }

  @Test
  void exportValidatesAgainstTheShippedSchema() throws Exception {
    try (InputStream schemaFile =
        getClass().getResourceAsStream("/dossier/export/dossier-export-v1.schema.json")) {
      assertNotNull(schemaFile, "schema missing from the jar");
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(schemaFile);
      Set<ValidationMessage> errors = schema.validate(export);
      assertTrue(errors.isEmpty(), errors.toString());
    }
    assertEquals(1, export.get("dossier").asInt());
  }

  @Test
  void everySpanIsItsEvidence() {
    int checked = 0;
    for (JsonNode e : export.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        String evidence = at(m.get("doc").asText(), m);
        assertFalse(evidence.isBlank(), e.toString());
        checked++;
      }
    }
    for (JsonNode c : export.get("claims")) {
      String evidence = at(c.get("doc").asText(), c.get("span"));
      assertTrue(evidence.contains(c.get("content").asText()), c.toString());
      checked++;
    }
    for (String kind : List.of("events", "quantities")) {
      for (JsonNode x : export.get(kind)) {
        assertFalse(at(x.get("doc").asText(), x.get("span")).isBlank(), x.toString());
        checked++;
      }
    }
    assertTrue(checked > 50, "too few facts to check: " + checked);
  }

  @Test
  void peskovDeniesHavingSuchInformation() {
    boolean found = false;
    for (JsonNode c : export.get("claims")) {
      if (c.get("content").asText().contains("no such information")) {
        assertTrue(c.get("sourceText").asText().contains("Peskov"), c.toString());
        assertEquals("denies", c.get("stance").asText(), c.toString());
        found = true;
      }
    }
    assertTrue(found, "the Kremlin's denial is missing");
  }

  @Test
  void aboutFourHundredCountsRussianContractors() {
    boolean found = false;
    for (JsonNode q : export.get("quantities")) {
      if (q.get("value").asDouble() == 400 && q.path("about").asText("").contains("contractors")) {
        assertTrue(q.get("approximate").asBoolean(), q.toString());
        found = true;
      }
    }
    assertTrue(found, "'about 400' Russian contractors missing");
  }

  private static String at(String doc, JsonNode span) {
    String text = situation.text(doc);
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertTrue(0 <= start && start < end && end <= text.length(), span.toString());
    return text.substring(start, end);
  }
}
