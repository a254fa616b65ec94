package dossier.store;

import dossier.model.Event;
import dossier.model.FactRef;
import dossier.store.Queries.EventFilter;
import dossier.store.Queries.EventRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Events with the entities of their actor, target and location. */
final class EventQuery {
  static final String ACTOR = at("actor");
  static final String TARGET = at("target");
  static final String LOCATION = at("location");

  private EventQuery() {}

  /** The entity under a reference column of event {@code e} (JSON with start and end). */
  private static String at(String column) {
    return QueryRows.entityOver("e", "json_extract(e." + column + ", '$.start')",
        "json_extract(e." + column + ", '$.end')");
  }

  static QueryRows.Where where(EventFilter f) {
    QueryRows.Where w = new QueryRows.Where();
    if (f.entity() != null) {
      w.and("e.doc IN (SELECT doc FROM entity_mentions WHERE entity = ?)", f.entity());
      w.and("? IN (" + ACTOR + ", " + TARGET + ", " + LOCATION + ")", f.entity());
    }
    if (f.doc() != null) {
      w.and("e.doc = ?", f.doc());
    }
    if (f.type() != null) {
      w.and("e.type = ?", f.type());
    }
    return w;
  }

  /** Events with their report; {@code tail} follows the join of events and documents. */
  static List<EventRow> rows(Connection c, String tail, List<Object> params) throws SQLException {
    List<EventRow> out = new ArrayList<>();
    try (PreparedStatement s = QueryRows.prepare(c, "SELECT e.*, " + ACTOR + " AS actor_entity, "
            + TARGET + " AS target_entity, " + LOCATION + " AS location_entity, "
            + QueryRows.DOC_INFO + " FROM events e JOIN documents d ON d.id = e.doc" + tail, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new EventRow(new FactRef(r.getLong("doc"), r.getInt("ord")), event(r),
            QueryRows.entityId(r, "actor_entity"), QueryRows.entityId(r, "target_entity"),
            QueryRows.entityId(r, "location_entity"), QueryRows.docInfo(r)));
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
