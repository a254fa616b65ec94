package dossier.store;

import dossier.model.Event;
import dossier.model.FactRef;
import dossier.store.Queries.EventFilter;
import dossier.store.Queries.EventRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Events in time order with the entities of their actor, target and location. */
final class EventQuery {
  static final String ACTOR = at("actor");
  static final String TARGET = at("target");
  static final String LOCATION = at("location");
  /** Dated events first, earliest first; the index {@code events_timeline} holds this order. */
  static final String TIMELINE = "e.time IS NULL, e.time, e.doc, e.ord";

  private EventQuery() {}

  /**
   * The entity under a reference column of event {@code e} (JSON with start and end); worked
   * out once into the links.
   */
  private static String at(String column) {
    return QueryRows.entityOver("e", "json_extract(e." + column + ", '$.start')",
        "json_extract(e." + column + ", '$.end')");
  }

  /** The keys of the events a filter lets through; by entity, through the links. */
  static QueryRows.Keys keys(EventFilter f) {
    QueryRows.Where w = new QueryRows.Where();
    String from = " FROM events e";
    String key = "e";
    if (f.entity() != null) {
      // The links hold each event's time; the events themselves are only needed for the type.
      from = " FROM links.event_links k" + (f.type() == null ? ""
          : " JOIN events e ON e.doc = k.doc AND e.ord = k.ord");
      key = "k";
      w.and("k.entity = ?", f.entity());
    }
    if (f.doc() != null) {
      w.and(key + ".doc = ?", f.doc());
    }
    if (f.type() != null) {
      w.and("e.type = ?", f.type());
    }
    return new QueryRows.Keys("SELECT " + key + ".doc, " + key + ".ord, " + key + ".time" + from
        + w.sql(), key, w.params());
  }

  /** How many events the filter lets through; those of one entity alone were counted before. */
  static long count(Reader c, EventFilter f, QueryRows.Keys keys) throws SQLException {
    return f.entity() != null && f.doc() == null && f.type() == null
        ? QueryRows.entityCount(c, f.entity(), "events") : keys.count(c);
  }

  static List<EventRow> page(Reader c, QueryRows.Keys keys, int limit, int offset)
      throws SQLException {
    return rows(c, "(" + keys.sql() + " ORDER BY " + timeline(keys.alias()) + " LIMIT ? OFFSET ?)",
        keys.with(limit, offset));
  }

  /** {@link #TIMELINE} over the table of alias {@code t}. */
  private static String timeline(String t) {
    return TIMELINE.replace("e.", t + ".");
  }

  static List<EventRow> one(Reader c, FactRef ref) throws SQLException {
    return rows(c, "(SELECT ? AS doc, ? AS ord)", List.of(ref.doc(), ref.index()));
  }

  private static List<EventRow> rows(Reader c, String keys, List<Object> params)
      throws SQLException {
    List<EventRow> out = new ArrayList<>();
    try (ResultSet r = c.query("SELECT e.*, ep.actor AS actor_entity,"
            + " ep.target AS target_entity, ep.location AS location_entity, "
            + QueryRows.DOC_REF + " FROM " + keys + " p JOIN events e ON e.doc = p.doc"
            + " AND e.ord = p.ord JOIN documents d ON d.id = e.doc"
            + " LEFT JOIN links.event_parties ep ON ep.doc = e.doc AND ep.ord = e.ord"
            + " ORDER BY " + TIMELINE, params)) {
      while (r.next()) {
        out.add(new EventRow(new FactRef(r.getLong("doc"), r.getInt("ord")), event(r),
            QueryRows.entityId(r, "actor_entity"), QueryRows.entityId(r, "target_entity"),
            QueryRows.entityId(r, "location_entity"), QueryRows.docRef(r)));
      }
    }
    return out;
  }

  private static Event event(ResultSet r) throws SQLException {
    return new Event(QueryRows.span(r, "start", "end"), r.getString("type"), r.getString("mode"),
        Codec.ref(r.getString("actor")), Codec.ref(r.getString("target")),
        Codec.ref(r.getString("location")), r.getString("time"), r.getString("trigger"),
        QueryRows.span(r, "trigger_start", "trigger_end"), r.getInt("claim"));
  }
}
