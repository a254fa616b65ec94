package dossier.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.Cluster;
import dossier.model.Contradiction;
import dossier.model.Copy;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.model.Quantity;
import dossier.model.Ref;
import dossier.model.Removed;
import dossier.model.Span;
import dossier.resolve.ClaimLinker;
import dossier.resolve.EntityIndex;
import dossier.resolve.Timeline;
import dossier.store.Store;
import dossier.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the knowledge base as the JSON export contract, version 1 (see DESIGN.md and the schema
 * at {@link #SCHEMA}). Offsets are UTF-16 code unit indices into each document's {@code text}.
 * Fields beyond the contract ({@code viaText}, {@code sourceSpan}, {@code actorText}, ...) are
 * additions that readers of version 1 may ignore.
 */
public final class JsonExporter {
  /** The JSON Schema of the export, as a class-path resource. */
  public static final String SCHEMA = "/dossier/export/dossier-export-v1.schema.json";

  private final boolean indent;

  public JsonExporter() {
    this(false);
  }

  /** @param indent pretty-print, for people reading the file */
  public JsonExporter(boolean indent) {
    this.indent = indent;
  }

  public void write(Store store, OutputStream out) throws StoreException, IOException {
    Map<Long, Extraction> docs = store.extractions();
    List<Entity> entities = store.entities();
    EntityIndex index = new EntityIndex(entities);
    ClaimLinker linker = new ClaimLinker(docs, store.lineage(), index);
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (indent) {
        json.useDefaultPrettyPrinter();
      }
      new Writer(json, docs, index, store.lineage()).write(entities, linker.clusters(),
          linker.contradictions());
    }
  }

  /** The export id of the i-th entity, or null for {@link EntityIndex#NONE}. */
  static String entityId(int i) {
    return i == EntityIndex.NONE ? null : "e" + (i + 1);
  }

  /** One export: the generator and the ids given to facts. */
  private static final class Writer {
    private final JsonGenerator json;
    private final Map<Long, Extraction> docs;
    private final EntityIndex index;
    private final Map<FactRef, String> claimIds = new HashMap<>();
    private final Map<FactRef, String> quantityIds = new HashMap<>();
    private final Map<FactRef, String> eventIds = new HashMap<>();
    private final Map<Long, List<Copy>> copies = new HashMap<>();

    Writer(JsonGenerator json, Map<Long, Extraction> docs, EntityIndex index, List<Copy> lineage) {
      this.json = json;
      this.docs = docs;
      this.index = index;
      lineage.forEach(c -> copies.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c));
      docs.forEach((id, x) -> {
        for (int i = 0; i < x.claims().size(); i++) {
          claimIds.put(new FactRef(id, i), "c" + (claimIds.size() + 1));
        }
        for (int i = 0; i < x.quantities().size(); i++) {
          quantityIds.put(new FactRef(id, i), "q" + (quantityIds.size() + 1));
        }
        for (int i = 0; i < x.events().size(); i++) {
          eventIds.put(new FactRef(id, i), "v" + (eventIds.size() + 1));
        }
      });
    }

    void write(List<Entity> entities, List<Cluster> clusters, List<Contradiction> contradictions)
        throws IOException {
      json.writeStartObject();
      json.writeNumberField("dossier", 1);
      array("documents", () -> docs.forEach(this::document));
      array("entities", () -> {
        for (int i = 0; i < entities.size(); i++) {
          entity(i, entities.get(i));
        }
      });
      array("claims", () -> docs.forEach(this::claims));
      array("events", () -> docs.forEach((id, x) -> {
        for (int i = 0; i < x.events().size(); i++) {
          event(new FactRef(id, i), x.events().get(i));
        }
      }));
      array("quantities", () -> docs.forEach(this::quantities));
      array("clusters", () -> {
        for (int i = 0; i < clusters.size(); i++) {
          cluster(i + 1, clusters.get(i));
        }
      });
      array("contradictions", () -> {
        for (int i = 0; i < contradictions.size(); i++) {
          contradiction(i + 1, contradictions.get(i));
        }
      });
      array("timeline", () -> Timeline.of(docs).forEach(this::entry));
      json.writeEndObject();
    }

    private void document(long id, Extraction x) {
      Article a = x.article();
      object(() -> {
        json.writeStringField("id", docId(id));
        ArticleLines.fields(json, a);
        json.writeArrayFieldStart("removed");
        for (Removed r : a.removed()) {
          json.writeStartObject();
          json.writeStringField("reason", r.reason());
          json.writeStringField("text", r.text());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("copyOf");
        for (Copy c : copies.getOrDefault(id, List.of())) {
          json.writeStartObject();
          json.writeStringField("doc", docId(c.of()));
          json.writeNumberField("similarity", Math.round(c.similarity() * 1000) / 1000.0);
          json.writeEndObject();
        }
        json.writeEndArray();
      });
    }

    private void entity(int i, Entity e) {
      object(() -> {
        json.writeStringField("id", entityId(i));
        json.writeStringField("name", e.name());
        json.writeStringField("type", e.type().name());
        strings("aliases", e.aliases());
        json.writeArrayFieldStart("mentions");
        for (Entity.At at : e.mentions()) {
          json.writeStartObject();
          json.writeStringField("doc", docId(at.doc()));
          json.writeNumberField("start", at.span().start());
          json.writeNumberField("end", at.span().end());
          json.writeEndObject();
        }
        json.writeEndArray();
        strings("reasons", e.reasons());
      });
    }

    private void claims(long doc, Extraction x) {
      for (int i = 0; i < x.claims().size(); i++) {
        Claim c = x.claims().get(i);
        String id = claimIds.get(new FactRef(doc, i));
        object(() -> {
          json.writeStringField("id", id);
          json.writeStringField("doc", docId(doc));
          json.writeStringField("source", entityId(index.of(doc, c.source())));
          json.writeStringField("sourceText", c.source() == null ? null : c.source().text());
          json.writeBooleanField("anonymous", c.source() != null && c.source().anonymous());
          json.writeStringField("cue", c.cue());
          List<Ref> chain = chain(x.article(), c);
          List<String> via = new ArrayList<>();
          for (Ref r : chain) {
            String e = entityId(index.of(doc, r));
            if (e != null) {
              via.add(e);
            }
          }
          strings("via", via);
          strings("viaText", chain.stream().map(Ref::text).toList());
          json.writeStringField("content", c.content());
          json.writeBooleanField("quoted", c.quoted());
          json.writeStringField("stance", c.stance().name().toLowerCase(java.util.Locale.ROOT));
          json.writeBooleanField("hedged", c.hedged());
          json.writeStringField("time", c.time());
          span("span", c.span());
          span("contentSpan", c.contentSpan());
          span("cueSpan", c.cueSpan());
          span("sourceSpan", c.source() == null ? null : c.source().span());
          span("sourceSaidSpan", c.source() == null ? null : c.source().said());
        });
      }
    }

    /**
     * The chain of intermediaries from the outermost inwards: the report's own outlet first
     * (unless the claim already names it), then those the claim names.
     */
    private static List<Ref> chain(Article a, Claim c) {
      List<Ref> chain = new ArrayList<>();
      boolean named = c.via().stream().anyMatch(r -> r.text().equalsIgnoreCase(a.outlet()))
          || (c.source() != null && c.source().text().equalsIgnoreCase(a.outlet()));
      if (a.outlet() != null && !a.outlet().isBlank() && !named) {
        chain.add(new Ref(a.outlet(), null, false));
      }
      chain.addAll(c.via());
      return chain;
    }

    private void event(FactRef ref, Event e) {
      long doc = ref.doc();
      object(() -> {
        json.writeStringField("id", eventIds.get(ref));
        json.writeStringField("doc", docId(doc));
        json.writeStringField("type", e.type());
        json.writeStringField("mode", e.mode());
        json.writeStringField("actor", entityId(index.of(doc, e.actor())));
        json.writeStringField("target", entityId(index.of(doc, e.target())));
        json.writeStringField("location", entityId(index.of(doc, e.location())));
        json.writeStringField("time", e.time());
        json.writeStringField("timePrecision", e.time() == null ? null : Timeline.precision(e.time()));
        json.writeStringField("claim", e.claim() < 0 ? null : claimIds.get(new FactRef(doc, e.claim())));
        json.writeStringField("trigger", e.trigger());
        span("span", e.span());
        span("triggerSpan", e.triggerSpan());
        json.writeStringField("actorText", e.actor() == null ? null : e.actor().text());
        json.writeStringField("targetText", e.target() == null ? null : e.target().text());
        json.writeStringField("locationText", e.location() == null ? null : e.location().text());
      });
    }

    private void quantities(long doc, Extraction x) {
      for (int i = 0; i < x.quantities().size(); i++) {
        Quantity q = x.quantities().get(i);
        String id = quantityIds.get(new FactRef(doc, i));
        object(() -> {
          json.writeStringField("id", id);
          json.writeStringField("doc", docId(doc));
          json.writeNumberField("value", q.value());
          if (q.max() != null) {
            json.writeNumberField("max", q.max());
          }
          json.writeBooleanField("approximate", q.approximate());
          json.writeStringField("unit", q.unit());
          json.writeStringField("about", q.about());
          span("span", q.span());
        });
      }
    }

    private void cluster(int n, Cluster k) {
      object(() -> {
        json.writeStringField("id", "k" + n);
        strings("claims", k.claims().stream().map(claimIds::get).toList());
        json.writeNumberField("origins", k.origins());
      });
    }

    private void contradiction(int n, Contradiction x) {
      object(() -> {
        json.writeStringField("id", "x" + n);
        json.writeStringField("kind", x.kind());
        strings("claims", x.claims().stream().map(claimIds::get).toList());
        strings("quantities", x.quantities().stream().map(quantityIds::get).toList());
        json.writeStringField("note", x.note());
      });
    }

    private void entry(Timeline.Entry e) {
      object(() -> {
        json.writeStringField("time", e.time());
        json.writeStringField("precision", e.precision());
        json.writeStringField("basis", e.basis());
        json.writeStringField("doc", docId(e.fact().doc()));
        if (e.kind() == Timeline.Kind.EVENT) {
          json.writeStringField("event", eventIds.get(e.fact()));
        } else {
          json.writeStringField("claim", claimIds.get(e.fact()));
        }
      });
    }

    private static String docId(long id) {
      return "d" + id;
    }

    private void span(String field, Span span) throws IOException {
      if (span == null) {
        json.writeNullField(field);
        return;
      }
      json.writeObjectFieldStart(field);
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeEndObject();
    }

    private void strings(String field, List<String> values) throws IOException {
      json.writeArrayFieldStart(field);
      for (String v : values) {
        json.writeString(v);
      }
      json.writeEndArray();
    }

    private interface Body {
      void write() throws IOException;
    }

    private void array(String field, Runnable items) throws IOException {
      json.writeArrayFieldStart(field);
      try {
        items.run();
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      json.writeEndArray();
    }

    /** Writes one object; lambdas over the documents cannot throw, so I/O errors travel unchecked. */
    private void object(Body body) {
      try {
        json.writeStartObject();
        body.write();
        json.writeEndObject();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
