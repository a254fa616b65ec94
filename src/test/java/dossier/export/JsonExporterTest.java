package dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dossier.model.Extraction;
import dossier.resolve.Resolver;
import dossier.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {

  static JsonNode export(Path dir, Extraction... docs) throws Exception {
    try (Store store = Store.open(dir.resolve("k.db"))) {
      for (Extraction x : docs) {
        store.put(x, dossier.Fixtures.fingerprint(x));
      }
      store.replaceEntities(new Resolver().resolve(store.mentionsByDocument()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new JsonExporter().write(store, out);
      return new ObjectMapper().readTree(out.toByteArray());
    }
  }

  static void assertValid(JsonNode export) throws Exception {
    try (InputStream schema = JsonExporter.class.getResourceAsStream(JsonExporter.SCHEMA)) {
      var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(schema).validate(export);
      assertTrue(errors.isEmpty(), errors.toString());
    }
  }

  @Test
  void writesTheContractWithEveryIdResolved(@TempDir Path dir) throws Exception {
    JsonNode export = export(dir, dossier.Fixtures.navarroReport());
    assertValid(export);
    JsonNode claim = export.get("claims").get(0);
    JsonNode source = export.get("entities").get(0);
    assertEquals(source.get("id").asText(), claim.get("source").asText());
    assertEquals("Luis Navarro", source.get("name").asText());
    assertEquals("[\"Courier\",\"Bloomberg\"]", claim.get("viaText").toString(),
        "the chain starts with the report's own outlet");
    JsonNode q = export.get("quantities").get(0);
    String text = export.get("documents").get(0).get("text").asText();
    assertEquals("about 400", text.substring(q.get("span").get("start").asInt(),
        q.get("span").get("end").asInt()));
  }

  @Test
  void writesWhereTheReportNamesAResolvedSource(@TempDir Path dir) throws Exception {
    JsonNode export = export(dir, dossier.Fixtures.pronounReport());
    assertValid(export);
    JsonNode claim = export.get("claims").get(0);
    String text = export.get("documents").get(0).get("text").asText();
    JsonNode said = claim.get("sourceSaidSpan");
    assertEquals("He", text.substring(said.get("start").asInt(), said.get("end").asInt()));
    assertEquals("Luis Navarro", claim.get("sourceText").asText());
  }

  @Test
  void writesAnEmptyKnowledgeBaseThatStillValidates(@TempDir Path dir) throws Exception {
    JsonNode export = export(dir);
    assertValid(export);
    assertEquals(0, export.get("documents").size());
  }
}
