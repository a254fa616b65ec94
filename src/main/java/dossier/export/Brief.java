package dossier.export;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.Cluster;
import dossier.model.Contradiction;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.model.Span;
import dossier.resolve.ClaimLinker;
import dossier.resolve.EntityIndex;
import dossier.resolve.Timeline;
import dossier.store.Store;
import dossier.store.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyst brief: key actors, the main claims with their independent origins, disputes and
 * a timeline. Extractive: every line is built from stored text and cites the report, outlet and
 * the exact words it rests on.
 */
public final class Brief {
  private static final int ACTORS = 12;
  private static final int CLAIMS = 15;
  private static final int EVENTS = 40;

  /** A line of the brief and the evidence it cites. */
  public record Line(String text, List<Citation> citations) {
    public Line {
      Objects.requireNonNull(text, "text");
      citations = List.copyOf(citations);
    }
  }

  /** Where a line's evidence is: the report and the quoted words. */
  public record Citation(String doc, String outlet, String published, String quote) {}

  /** A headed list of lines. */
  public record Section(String title, List<Line> lines) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  private final String summary;
  private final List<Section> sections;

  private Brief(String summary, List<Section> sections) {
    this.summary = summary;
    this.sections = List.copyOf(sections);
  }

  public String summary() {
    return summary;
  }

  public List<Section> sections() {
    return sections;
  }

  /** Reads the store and composes its brief. */
  public static Brief of(Store store) throws StoreException {
    Map<Long, Extraction> docs = store.extractions();
    List<Entity> entities = store.entities();
    ClaimLinker linker = new ClaimLinker(docs, store.lineage(), new EntityIndex(entities));
    Composer c = new Composer(docs);
    return new Brief(c.summary(), List.of(
        new Section("Key actors", c.actors(entities)),
        new Section("Main claims", c.claims(linker.clusters())),
        new Section("Disputes", c.disputes(linker.contradictions())),
        new Section("Timeline", c.timeline())));
  }

  /** Builds the sections from the documents. */
  private static final class Composer {
    private final Map<Long, Extraction> docs;

    Composer(Map<Long, Extraction> docs) {
      this.docs = docs;
    }

    String summary() {
      Set<String> outlets = new TreeSet<>();
      TreeSet<String> dates = new TreeSet<>();
      for (Extraction x : docs.values()) {
        if (x.article().outlet() != null) {
          outlets.add(x.article().outlet());
        }
        if (x.article().published() != null) {
          dates.add(x.article().published().toString());
        }
      }
      String span = dates.isEmpty() ? "undated" : "published " + dates.first() + " to " + dates.last();
      return docs.size() + " reports from " + outlets.size() + " named outlets, " + span + ".";
    }

    List<Line> actors(List<Entity> entities) {
      List<Line> out = new ArrayList<>();
      entities.stream()
          .sorted(Comparator.comparingLong((Entity e) -> -reports(e)).thenComparing(Entity::name))
          .limit(ACTORS)
          .forEach(e -> {
            Entity.At first = e.mentions().get(0);
            String aliases = e.aliases().isEmpty() ? "" : "; also " + String.join(", ", e.aliases());
            out.add(new Line(e.name() + " (" + e.type().name().toLowerCase() + "): "
                + e.mentions().size() + " mentions in " + reports(e) + " reports" + aliases,
                List.of(cite(first.doc(), first.span()))));
          });
      return out;
    }

    private static long reports(Entity e) {
      return e.mentions().stream().map(Entity.At::doc).distinct().count();
    }

    /** Clusters first, by independent origins; then single claims from named sources. */
    List<Line> claims(List<Cluster> clusters) {
      List<Line> out = new ArrayList<>();
      Set<FactRef> clustered = new HashSet<>();
      clusters.stream().sorted(Comparator.comparingInt((Cluster k) -> -k.origins())
              .thenComparingInt(k -> -k.claims().size()))
          .forEach(k -> {
            clustered.addAll(k.claims());
            if (out.size() < CLAIMS) {
              FactRef first = k.claims().get(0);
              out.add(new Line(said(first) + " — in " + k.claims().size() + " reports, "
                  + k.origins() + (k.origins() == 1 ? " independent origin" : " independent origins"),
                  k.claims().stream().map(this::cite).toList()));
            }
          });
      docs.forEach((id, x) -> {
        for (int i = 0; i < x.claims().size() && out.size() < CLAIMS; i++) {
          Claim c = x.claims().get(i);
          FactRef ref = new FactRef(id, i);
          if (!clustered.contains(ref) && c.source() != null && !c.source().anonymous()) {
            out.add(new Line(said(ref) + " — one report", List.of(cite(ref))));
          }
        }
      });
      return out;
    }

    List<Line> disputes(List<Contradiction> contradictions) {
      List<Line> out = new ArrayList<>();
      for (Contradiction x : contradictions) {
        List<Citation> cites = new ArrayList<>(x.claims().stream().map(this::cite).toList());
        for (FactRef q : x.quantities()) {
          cites.add(cite(q.doc(), docs.get(q.doc()).quantities().get(q.index()).span()));
        }
        out.add(new Line(x.kind() + ": " + x.note(), cites));
      }
      return out;
    }

    /** Dated events in time order; the evidence is the event's sentence. */
    List<Line> timeline() {
      List<Line> out = new ArrayList<>();
      for (Timeline.Entry d : Timeline.of(docs)) {
        if (d.kind() != Timeline.Kind.EVENT || out.size() == EVENTS) {
          continue;
        }
        Event e = docs.get(d.fact().doc()).events().get(d.fact().index());
        String who = e.actor() == null ? "" : e.actor().text() + " ";
        String whom = e.target() == null ? "" : " → " + e.target().text();
        String where = e.location() == null ? "" : " in " + e.location().text();
        out.add(new Line(d.time() + " (" + d.precision() + "): " + who + e.trigger() + whom + where + " ("
            + e.type() + (e.mode() == null ? "" : ", " + e.mode()) + ")",
            List.of(cite(d.fact().doc(), e.span()))));
      }
      return out;
    }

    private String said(FactRef ref) {
      Claim c = claim(ref);
      String who = c.source() == null ? "Unattributed" : c.source().text();
      String how = c.stance().name().equals("DENIES") ? " denies" : " (" + c.cue() + ")";
      return who + how + (c.hedged() ? ", hedged" : "") + ": “" + c.content() + "”";
    }

    private Claim claim(FactRef ref) {
      return docs.get(ref.doc()).claims().get(ref.index());
    }

    private Citation cite(FactRef claim) {
      return cite(claim.doc(), claim(claim).span());
    }

    private Citation cite(long doc, Span span) {
      Article a = docs.get(doc).article();
      return new Citation("d" + doc, a.outlet() == null ? a.origin() : a.outlet(),
          a.published() == null ? null : a.published().toString(), span.of(a.text()));
    }
  }
}
