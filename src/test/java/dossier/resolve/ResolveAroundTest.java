package dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.SampleSituation;
import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityOfNames;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.NameNode;
import dossier.model.NameUse;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Resolving reports one by one against the names they can join gives, after every report, the
 * entities (names, types, aliases, mentions, reasons, in order) of resolving them all at once.
 */
class ResolveAroundTest {
  private static final Comparator<Entity> LISTED = Comparator
      .comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name)
      .thenComparingLong(e -> e.mentions().get(0).doc())
      .thenComparingInt(e -> e.mentions().get(0).span().start());

  /** Reports' names added up, and found by their keys, as a store keeps them. */
  private static final class KeyIndex implements NameLookup {
    private final NameTable table = new NameTable();
    private final TreeMap<String, Set<Long>> byKey = new TreeMap<>();

    void add(DocMentions d) {
      table.add(d);
      for (NameUse use : Resolver.names(d)) {
        long id = table.node(use.name()).id();
        use.keys().forEach(key -> byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(id));
      }
    }

    @Override
    public void withKeyPrefix(String prefix, Consumer<NameNode> sink) {
      byKey.subMap(prefix, prefix + Character.MAX_VALUE)
          .forEach((key, ids) -> ids.forEach(id -> sink.accept(table.node(id))));
    }
  }

  @Test
  void resolvesMadeUpReportsOneByOneAsAllAtOnce() {
    assertOneByOneIsAllAtOnce(NameStories.reports(), List.of());
  }

  @Test
  void resolvesOneByOneAsAllAtOnceUnderTheUsersCorrections() {
    assertOneByOneIsAllAtOnce(NameStories.reports(), NameStories.corrections());
  }

  @Test
  void resolvesTheSamplesOneByOneAsAllAtOnce() throws Exception {
    List<DocMentions> samples = docsOf(SampleSituation.get().export);
    assertTrue(samples.size() >= 5, "the sample situation has five reports: " + samples.size());
    List<DocMentions> mixed = new ArrayList<>(samples);
    long next = samples.get(samples.size() - 1).doc();
    for (DocMentions story : NameStories.reports()) {
      mixed.add(new DocMentions(++next, story.text(), story.mentions()));
    }
    assertOneByOneIsAllAtOnce(mixed, NameStories.corrections());
  }

  @Test
  void readsOnlyTheNamesANewReportCanJoin() {
    KeyIndex index = new KeyIndex();
    List<DocMentions> reports = NameStories.reports();
    reports.forEach(index::add);
    DocMentions last = reports.get(reports.size() - 1);

    List<EntityOfNames> around = new Resolver().resolveAround(Resolver.names(last), index,
        List.of());

    Map<Long, DocMentions> byId = new HashMap<>();
    reports.forEach(d -> byId.put(d.doc(), d));
    List<String> reached = index.table.entities(around).stream()
        .flatMap(e -> e.mentions().stream())
        .map(at -> byId.get(at.doc()).text().substring(at.span().start(), at.span().end()))
        .toList();
    assertTrue(reached.containsAll(List.of("Luis Navarro", "Vladimir Padrino López", "Israel Ramírez")),
        "the people whose surnames the report gives: " + reached);
    assertFalse(reached.stream().anyMatch(t -> t.contains("Caracas") || t.contains("artel")),
        "a place and a group the report cannot join: " + reached);
  }

  private static void assertOneByOneIsAllAtOnce(List<DocMentions> reports,
      List<Correction> corrections) {
    Resolver resolver = new Resolver();
    KeyIndex index = new KeyIndex();
    List<Entity> stored = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      DocMentions report = reports.get(i);
      index.add(report);
      List<Entity> around = index.table.entities(
          resolver.resolveAround(Resolver.names(report), index, corrections));
      Set<Entity.At> region = new HashSet<>();
      around.forEach(e -> region.addAll(e.mentions()));
      stored.removeIf(e -> e.mentions().stream().anyMatch(region::contains));
      stored.addAll(around);
      stored.sort(LISTED);

      List<Entity> all = resolver.resolve(reports.subList(0, i + 1), corrections);
      assertEquals(all, stored, "after report " + report.doc());
    }
  }

  /** The reports of an export and their mentions, as the entities' mentions give them. */
  private static List<DocMentions> docsOf(JsonNode export) {
    Map<String, String> texts = new HashMap<>();
    export.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    Map<Long, List<Mention>> mentions = new TreeMap<>();
    for (JsonNode e : export.get("entities")) {
      EntityType type = EntityType.valueOf(e.get("type").asText());
      for (JsonNode m : e.get("mentions")) {
        String doc = m.get("doc").asText();
        Span span = new Span(m.get("start").asInt(), m.get("end").asInt());
        mentions.computeIfAbsent(Long.parseLong(doc.replaceAll("\\D", "")), k -> new ArrayList<>())
            .add(new Mention(span, texts.get(doc).substring(span.start(), span.end()), type));
      }
    }
    List<DocMentions> out = new ArrayList<>();
    texts.forEach((id, text) -> mentions.putIfAbsent(Long.parseLong(id.replaceAll("\\D", "")),
        new ArrayList<>()));
    mentions.forEach((doc, m) -> {
      m.sort(Comparator.comparing(Mention::span));
      out.add(new DocMentions(doc, texts.get("d" + doc), m));
    });
    return out;
  }
}
