package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit statuses, one-line errors, data on stdout. */
class MainTest extends CapturedStreams {

  @TempDir Path dir;

  @Test
  void helpListsTheCommands() {
    assertEquals(0, Main.run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("build") && help.contains("export") && help.contains("clean"), help);
  }

  @Test
  void eachCommandHasHelp() {
    for (String command : List.of("build", "export", "clean", "report", "entities")) {
      assertEquals(0, Main.run(command, "--help"), command);
    }
  }

  @Test
  void aMergeOfTwoNamesIsKeptInTheStoreAndListed() throws Exception {
    Path db = dir.resolve("k.db");
    String text = "Luis Navarro spoke. Gen. Lucho agreed.";
    var x = dossier.Fixtures.extraction(dossier.Fixtures.article("a.txt", "Courier", text),
        List.of(dossier.Fixtures.mention(text, "Luis Navarro", dossier.model.EntityType.PERSON),
            dossier.Fixtures.mention(text, "Gen. Lucho", dossier.model.EntityType.PERSON)),
        List.of(), List.of());
    try (var store = dossier.store.Store.open(db)) {
      store.put(x, dossier.Fixtures.fingerprint(x));
    }
    assertEquals(0, Main.run("entities", "merge", "--db", db.toString(), "Lucho", "Luis Navarro"));
    out.reset();
    assertEquals(0, Main.run("entities", "--db", db.toString()));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("Luis Navarro\tPERSON\t2 mentions"), lines.toString());
  }

  @Test
  void aReportCitesItsEvidenceInMarkdown() throws Exception {
    Path db = dir.resolve("k.db");
    var x = dossier.Fixtures.navarroReport();
    try (var store = dossier.store.Store.open(db)) {
      store.put(x, dossier.Fixtures.fingerprint(x));
    }
    assertEquals(0, Main.run("report", "--db", db.toString()));
    String md = out.toString(StandardCharsets.UTF_8);
    assertTrue(md.startsWith("# Dossier brief"), md);
    assertTrue(md.contains("“about 400 contractors arrived”"), md);
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLinePlusAHint() {
    assertEquals(2, Main.run("build", "--frobnicate", "examples"));
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("dossier: "), lines.toString());
  }

  @Test
  void exportWithoutAKnowledgeBaseFailsWithOneLine() {
    assertEquals(1, Main.run("export", "--db", dir.resolve("none.db").toString(), "--format", "json"));
    assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void buildOfAMissingPathFailsWithOneLine() {
    assertEquals(1, Main.run("build", "--db", dir.resolve("k.db").toString(), "no/such/folder"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder"));
  }

  @Test
  void cleanPrintsOneJsonObjectPerDocument() throws Exception {
    assertEquals(0, Main.run("clean", "examples/2019-03-planes-wire.txt",
        "examples/2019-03-ministry-denial.html"));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode html = json.readTree(lines.get(1));
    for (String field : List.of("origin", "title", "outlet", "author", "published", "language", "text")) {
      assertTrue(html.has(field), field);
    }
    assertEquals("Northern Courier", html.get("outlet").asText());
    assertEquals("2019-03-26", html.get("published").asText());
    assertTrue(html.get("text").asText().contains("only 35 technical specialists"));
    assertTrue(!html.get("text").asText().contains("cookies"), html.get("text").asText());
  }
}
