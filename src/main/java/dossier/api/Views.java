package dossier.api;

import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.FactRef;
import dossier.model.Quantity;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.resolve.Timeline;
import dossier.store.Queries.ClaimRow;
import dossier.store.Queries.DocumentInfo;
import dossier.store.Queries.DocumentRef;
import dossier.store.Queries.EntityMention;
import dossier.store.Queries.EntityRow;
import dossier.store.Queries.EventRow;
import dossier.store.Queries.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON shapes of the API, as records that Jackson writes field by field. Field names follow
 * the JSON export; spans are UTF-16 offsets into the report's {@code text}.
 */
final class Views {
  private Views() {}

  record PageView<T>(long total, int limit, int offset, List<T> items) {}

  record SpanView(int start, int end) {}

  /** A report as lists show it. */
  record DocumentView(String id, String origin, String title, String outlet, String author,
      String published, String publishedSource, String language, int claims, int events) {}

  /** The report a fact comes from, in brief. */
  record DocRef(String id, String title, String outlet, String published) {}

  record ClaimView(String id, String doc, DocRef document, String source, String sourceText,
      boolean anonymous, String cue, List<String> viaText, String content, boolean quoted,
      String stance, boolean hedged, String time, SpanView span, SpanView contentSpan,
      SpanView cueSpan, SpanView sourceSpan) {}

  record EventView(String id, String doc, DocRef document, String type, String mode,
      String actor, String target, String location, String actorText, String targetText,
      String locationText, String time, String timePrecision, String claim, String trigger,
      SpanView span, SpanView triggerSpan) {}

  record EntityView(String id, String name, String type, List<String> aliases, int mentions,
      int documents) {}

  record MentionView(String entity, String doc, int start, int end, String text) {}

  record QuantityView(String id, String doc, double value, Double max, boolean approximate,
      String unit, String about, SpanView span) {}

  static <R, V> PageView<V> page(Page<R> page, int limit, int offset, Function<R, V> view) {
    return new PageView<>(page.total(), limit, offset, page.items().stream().map(view).toList());
  }

  static SpanView span(Span s) {
    return s == null ? null : new SpanView(s.start(), s.end());
  }

  static DocumentView document(DocumentInfo d) {
    return new DocumentView(Ids.doc(d.id()), d.origin(), d.title(), d.outlet(), d.author(),
        d.published() == null ? null : d.published().toString(),
        d.publishedSource() == null ? null : d.publishedSource().jsonName(), d.language(),
        d.claims(), d.events());
  }

  static DocRef docRef(DocumentRef d) {
    return new DocRef(Ids.doc(d.id()), d.title(), d.outlet(),
        d.published() == null ? null : d.published().toString());
  }

  static ClaimView claim(ClaimRow row) {
    Claim c = row.claim();
    Ref s = c.source();
    return new ClaimView(Ids.claim(row.ref()), Ids.doc(row.ref().doc()), docRef(row.doc()),
        Ids.entityOrNull(row.source()), s == null ? null : s.text(), s != null && s.anonymous(),
        c.cue(), c.via().stream().map(Ref::text).toList(), c.content(), c.quoted(),
        c.stance().jsonName(), c.hedged(), c.time(), span(c.span()), span(c.contentSpan()),
        span(c.cueSpan()), span(s == null ? null : s.span()));
  }

  static EventView event(EventRow row) {
    Event e = row.event();
    FactRef ref = row.ref();
    return new EventView(Ids.event(ref), Ids.doc(ref.doc()), docRef(row.doc()), e.type(),
        e.mode(), Ids.entityOrNull(row.actor()), Ids.entityOrNull(row.target()),
        Ids.entityOrNull(row.location()), text(e.actor()), text(e.target()), text(e.location()),
        e.time(), e.time() == null ? null : Timeline.precision(e.time()),
        e.claim() < 0 ? null : Ids.claim(new FactRef(ref.doc(), e.claim())), e.trigger(),
        span(e.span()), span(e.triggerSpan()));
  }

  static EntityView entity(EntityRow e) {
    return new EntityView(Ids.entity(e.id()), e.name(), e.type().name(), e.aliases(),
        e.mentions(), e.documents());
  }

  static MentionView mention(EntityMention m) {
    return new MentionView(Ids.entity(m.entity()), Ids.doc(m.doc()), m.span().start(),
        m.span().end(), m.text());
  }

  static QuantityView quantity(FactRef ref, Quantity q) {
    return new QuantityView(Ids.quantity(ref), Ids.doc(ref.doc()), q.value(),
        q.max(), q.approximate(), q.unit(), q.about(), span(q.span()));
  }

  private static String text(Ref r) {
    return r == null ? null : r.text();
  }
}
