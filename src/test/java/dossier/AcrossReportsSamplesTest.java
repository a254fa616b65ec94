package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the knowledge base adds across reports, on the real samples: one actor per actor, copies
 * counted once, independent sources counted apart, denials and other figures kept beside the
 * claims they answer, a timeline and an extractive brief.
 */
class AcrossReportsSamplesTest {
  static SampleSituation situation;
  static JsonNode export;
  static final Map<String, JsonNode> claims = new HashMap<>();

  @BeforeAll
  static void build() throws Exception {
    situation = SampleSituation.get();
    export = situation.export;
    for (JsonNode c : export.get("claims")) {
      claims.put(c.get("id").asText(), c);
    }
  }

  @Test
  void resolvesAnActorWrittenDifferentlyInEachReportToOneEntityAndSaysWhy() {
    JsonNode guaido = entityNamed("Guaid");
    Set<String> docs = new HashSet<>();
    guaido.get("mentions").forEach(m -> docs.add(m.get("doc").asText()));
    assertTrue(docs.containsAll(List.of(situation.doc("000_"), situation.doc("001_"),
        situation.doc("003_"))), guaido.toString());
    assertTrue(texts(guaido.get("aliases")).containsAll(List.of("Juan Guaido", "Guaidó")),
        guaido.toString());
    assertTrue(texts(guaido.get("reasons")).stream()
        .anyMatch(r -> r.startsWith("same name written differently")), guaido.toString());
    assertEquals(1, export.findValues("name").stream()
        .filter(n -> n.asText().startsWith("Juan Guaid")).count(), "Guaidó split in two");
  }

  @Test
  void keepsEachSampleReportAsAnOriginalAndTheReprintAsACopy() {
    for (String sample : List.of("000_", "001_", "003_")) {
      assertTrue(document(situation.doc(sample)).get("copyOf").isEmpty(), sample);
    }
    JsonNode copyOf = document(situation.doc(SampleSituation.REPUBLISHED)).get("copyOf");
    assertEquals(1, copyOf.size(), copyOf.toString());
    assertEquals(situation.doc("001_"), copyOf.get(0).get("doc").asText());
  }

  @Test
  void countsTheReprintOnceAndTheLawmakerAsASecondOrigin() {
    String reuters = situation.doc("001_");
    String reprint = situation.doc(SampleSituation.REPUBLISHED);
    String lawmaker = situation.doc(SampleSituation.INDEPENDENT);
    JsonNode cluster = null;
    for (JsonNode k : export.get("clusters")) {
      if (docsOf(k).contains(lawmaker)) {
        cluster = k;
      }
    }
    assertTrue(cluster != null, "the lawmaker's claim is not linked to the report it repeats");
    assertTrue(docsOf(cluster).containsAll(List.of(reuters, reprint, lawmaker)), cluster.toString());
    assertEquals(2, cluster.get("origins").asInt(), "a reprint is no new origin: " + cluster);
  }

  @Test
  void keepsPeskovsDenialBesideTheClaimItAnswers() {
    String reuters = situation.doc("001_");
    boolean found = false;
    for (JsonNode x : export.get("contradictions")) {
      if (!x.get("kind").asText().equals("denial")) {
        continue;
      }
      List<JsonNode> pair = texts(x.get("claims")).stream().map(claims::get).toList();
      JsonNode claim = pair.get(0);
      JsonNode denial = pair.get(1);
      if (denial.get("doc").asText().equals(reuters)
          && denial.get("sourceText").asText().contains("Peskov")) {
        assertEquals("denies", denial.get("stance").asText());
        assertEquals("asserts", claim.get("stance").asText());
        assertTrue(claim.get("content").asText().contains("contractors"), claim.toString());
        found = true;
      }
    }
    assertTrue(found, "Peskov's denial is not paired: " + export.get("contradictions"));
  }

  @Test
  void flagsTheLawmakersFigureAgainstAboutFourHundred() {
    Map<String, JsonNode> quantities = new HashMap<>();
    export.get("quantities").forEach(q -> quantities.put(q.get("id").asText(), q));
    boolean found = false;
    for (JsonNode x : export.get("contradictions")) {
      Set<Double> values = new HashSet<>();
      x.get("quantities").forEach(q -> values.add(quantities.get(q.asText()).get("value").asDouble()));
      found |= values.containsAll(List.of(400.0, 120.0));
    }
    assertTrue(found, "400 against 120 contractors not flagged: " + export.get("contradictions"));
  }

  @Test
  void datesTheClaimsOfADatedReportBySpeechDayElseByPublication() {
    String lawmaker = situation.doc(SampleSituation.INDEPENDENT);
    Set<String> placed = new HashSet<>();
    for (JsonNode e : export.get("timeline")) {
      if (e.get("doc").asText().equals(lawmaker) && e.has("claim")) {
        assertEquals("day", e.get("precision").asText(), e.toString());
        placed.add(e.get("basis").asText() + " " + e.get("time").asText());
      }
    }
    assertTrue(placed.contains("text 2019-01-28"), "said on Monday, a day before: " + placed);
    assertTrue(placed.contains("publication 2019-01-29"), "undated claim: " + placed);
  }

  @Test
  void briefQuotesOnlyWordsThatAreInTheReports() {
    int quotes = 0;
    for (String line : situation.brief.lines().toList()) {
      int open = line.indexOf('“');
      int close = line.lastIndexOf('”');
      if (open >= 0 && close > open && line.startsWith("  - ")) {
        String quote = plain(line.substring(open + 1, close));
        assertTrue(export.get("documents").findValues("text").stream()
            .anyMatch(t -> oneLine(t.asText()).contains(quote)), quote);
        quotes++;
      }
    }
    assertTrue(quotes >= 5, "too few quotes to check:\n" + situation.brief);
    assertFalse(situation.brief.isBlank());
  }

  /** Markdown's escapes undone: the words as the report has them. */
  private static String plain(String md) {
    return md.replaceAll("\\\\([*_\\[`])", "$1").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** A text as the brief quotes it: a line per item, so line breaks become spaces. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static JsonNode entityNamed(String start) {
    for (JsonNode e : export.get("entities")) {
      if (e.get("name").asText().contains(start) && e.get("type").asText().equals("PERSON")) {
        return e;
      }
    }
    throw new AssertionError("no entity " + start);
  }

  private static JsonNode document(String id) {
    for (JsonNode d : export.get("documents")) {
      if (d.get("id").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no document " + id);
  }

  private static Set<String> docsOf(JsonNode cluster) {
    Set<String> docs = new HashSet<>();
    cluster.get("claims").forEach(c -> docs.add(claims.get(c.asText()).get("doc").asText()));
    return docs;
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText).toList();
  }
}
