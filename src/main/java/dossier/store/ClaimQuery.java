package dossier.store;

import dossier.model.Claim;
import dossier.model.FactRef;
import dossier.model.Ref;
import dossier.model.Stance;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.ClaimRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Claims with the entity that makes each, filtered by entity, stance, report and date. */
final class ClaimQuery {
  /** The entity that makes claim {@code c}. */
  static final String SOURCE = QueryRows.entityOver("c", "c.source_start", "c.source_end");

  /** Some mention {@code m} of an entity lies inside claim {@code c}'s content. */
  private static final String IN_CONTENT = "EXISTS (SELECT 1 FROM entity_mentions m"
      + " WHERE m.entity = ? AND m.doc = c.doc AND c.content_start <= m.start AND m.end <= c.content_end)";

  private ClaimQuery() {}

  static QueryRows.Where where(ClaimFilter f) {
    QueryRows.Where w = new QueryRows.Where();
    if (f.entity() != null) {
      // Only reports that mention the entity can hold its claims: that narrows the scan first.
      w.and("c.doc IN (SELECT doc FROM entity_mentions WHERE entity = ?)", f.entity());
      switch (f.role()) {
        case SOURCE -> w.and(SOURCE + " = ?", f.entity());
        case MENTIONED -> w.and(IN_CONTENT, f.entity());
        case ANY -> w.and("(" + SOURCE + " = ? OR " + IN_CONTENT + ")", f.entity(), f.entity());
      }
    }
    if (f.stance() != null) {
      w.and("c.stance = ?", f.stance().name());
    }
    if (f.doc() != null) {
      w.and("c.doc = ?", f.doc());
    }
    if (f.from() != null) {
      w.and("d.published >= ?", f.from().toString());
    }
    if (f.to() != null) {
      w.and("d.published <= ?", f.to().toString());
    }
    return w;
  }

  /** Claims with their report; {@code tail} follows the join of claims and documents. */
  static List<ClaimRow> rows(Connection c, String tail, List<Object> params) throws SQLException {
    List<ClaimRow> out = new ArrayList<>();
    try (PreparedStatement s = QueryRows.prepare(c, "SELECT c.*, " + SOURCE + " AS source_entity, "
            + QueryRows.DOC_INFO + " FROM claims c JOIN documents d ON d.id = c.doc" + tail, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new ClaimRow(new FactRef(r.getLong("doc"), r.getInt("ord")), claim(r),
            QueryRows.entityId(r, "source_entity"), QueryRows.docInfo(r)));
      }
    }
    return out;
  }

  private static Claim claim(ResultSet r) throws SQLException {
    String sourceText = r.getString("source");
    Ref source = sourceText == null ? null
        : new Ref(sourceText, QueryRows.span(r, "source_start", "source_end"),
            r.getInt("source_anonymous") == 1);
    return new Claim(QueryRows.span(r, "start", "end"), source, r.getString("cue"),
        QueryRows.span(r, "cue_start", "cue_end"), Codec.refs(r.getString("via")),
        r.getString("content"), QueryRows.span(r, "content_start", "content_end"),
        r.getInt("quoted") == 1, Stance.valueOf(r.getString("stance")),
        r.getInt("hedged") == 1);
  }
}
