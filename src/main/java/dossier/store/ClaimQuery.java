package dossier.store;

import dossier.model.Claim;
import dossier.model.FactRef;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.ClaimRow;
import dossier.store.Queries.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Claims with the entity that makes each, filtered by entity, stance, report and date. A page
 * is found as keys first, through indexes alone, and only its rows are read whole.
 */
final class ClaimQuery {
  /** The entity that makes claim {@code c}: its mention overlaps the source's words. */
  static final String SOURCE = QueryRows.entityOver("c", "c.source_start", "c.source_end");

  private ClaimQuery() {}

  /**
   * The keys ({@code doc}, {@code ord}) of the claims a filter lets through, in store order;
   * by entity, through the links (one row per claim and entity, with the report's date),
   * otherwise straight from the claims.
   */
  static QueryRows.Keys keys(ClaimFilter f) {
    QueryRows.Where w = new QueryRows.Where();
    String from;
    String key;
    if (f.entity() != null) {
      // The claims themselves are only needed to filter by stance.
      from = " FROM links.claim_links k" + (f.stance() == null ? ""
          : " JOIN claims c ON c.doc = k.doc AND c.ord = k.ord");
      key = "k";
      w.and("k.entity = ?", f.entity());
      if (f.role() != Role.ANY) {
        w.and("k.roles & ? <> 0", f.role() == Role.SOURCE ? QueryLinks.SOURCE : QueryLinks.MENTIONED);
      }
    } else {
      from = " FROM claims c";
      key = "c";
    }
    if (f.stance() != null) {
      w.and("c.stance = ?", f.stance().name());
    }
    if (f.doc() != null) {
      w.and(key + ".doc = ?", f.doc());
    }
    if (f.from() != null || f.to() != null) {
      // Open ends as the widest dates; reports without a date are outside any range.
      String published = f.entity() != null ? "k.published BETWEEN ? AND ?"
          : "c.doc IN (SELECT id FROM documents WHERE published BETWEEN ? AND ?)";
      w.and(published, f.from() == null ? "0000-01-01" : f.from().toString(),
          f.to() == null ? "9999-12-31" : f.to().toString());
    }
    return new QueryRows.Keys("SELECT " + key + ".doc, " + key + ".ord" + from + w.sql(), key,
        w.params());
  }

  /** How many claims the filter lets through; those of one entity alone were counted before. */
  static long count(Connection c, ClaimFilter f, QueryRows.Keys keys) throws SQLException {
    if (f.entity() == null || f.stance() != null || f.doc() != null || f.from() != null
        || f.to() != null) {
      return keys.count(c);
    }
    return QueryRows.entityCount(c, f.entity(), switch (f.role()) {
      case SOURCE -> "claims_by";
      case MENTIONED -> "claims_about";
      case ANY -> "claims";
    });
  }

  /** The claims of one page of keys, with their report, in store order. */
  static List<ClaimRow> page(Connection c, QueryRows.Keys keys, int limit, int offset)
      throws SQLException {
    return rows(c, "(" + keys.sql() + " ORDER BY " + keys.alias() + ".doc, " + keys.alias()
        + ".ord LIMIT ? OFFSET ?)", keys.with(limit, offset));
  }

  static List<ClaimRow> in(Connection c, List<Long> docs) throws SQLException {
    String marks = String.join(",", Collections.nCopies(docs.size(), "?"));
    return rows(c, "(SELECT doc, ord FROM claims WHERE doc IN (" + marks + "))",
        new ArrayList<>(docs));
  }

  /**
   * The claims of some reports whose evidence holds one of the report's spans. Their spans are
   * read first, and only the claims that hold a span are read whole.
   */
  static List<ClaimRow> holding(Connection c, Map<Long, List<Span>> spans) throws SQLException {
    List<Object> keys = new ArrayList<>();
    String marks = String.join(",", Collections.nCopies(spans.size(), "?"));
    try (PreparedStatement s = QueryRows.prepare(c, "SELECT doc, ord, start, end FROM claims"
            + " WHERE doc IN (" + marks + ")", new ArrayList<>(spans.keySet()));
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Span evidence = new Span(r.getInt(3), r.getInt(4));
        if (spans.get(r.getLong(1)).stream().anyMatch(evidence::contains)) {
          keys.add(r.getLong(1));
          keys.add(r.getInt(2));
        }
      }
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    String pairs = String.join(",", Collections.nCopies(keys.size() / 2, "(?, ?)"));
    return rows(c, "(SELECT column1 AS doc, column2 AS ord FROM (VALUES " + pairs + "))", keys);
  }

  static List<ClaimRow> one(Connection c, FactRef ref) throws SQLException {
    return rows(c, "(SELECT ? AS doc, ? AS ord)", List.of(ref.doc(), ref.index()));
  }

  private static List<ClaimRow> rows(Connection c, String keys, List<Object> params)
      throws SQLException {
    List<ClaimRow> out = new ArrayList<>();
    try (PreparedStatement s = QueryRows.prepare(c, "SELECT c.*, " + QueryLinks.CLAIM_SOURCE
            + " AS source_entity, "
            + QueryRows.DOC_INFO + " FROM " + keys + " p JOIN claims c ON c.doc = p.doc"
            + " AND c.ord = p.ord JOIN documents d ON d.id = c.doc ORDER BY c.doc, c.ord", params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new ClaimRow(new FactRef(r.getLong("doc"), r.getInt("ord")), claim(r),
            QueryRows.entityId(r, "source_entity"), QueryRows.docInfo(r)));
      }
    }
    return out;
  }

  /** A claim from a row of the claims table. */
  static Claim claim(ResultSet r) throws SQLException {
    String sourceText = r.getString("source");
    Ref source = sourceText == null ? null
        : new Ref(sourceText, QueryRows.span(r, "source_start", "source_end"),
            r.getInt("source_anonymous") == 1,
            QueryRows.span(r, "source_said_start", "source_said_end"));
    return new Claim(QueryRows.span(r, "start", "end"), source, r.getString("cue"),
        QueryRows.span(r, "cue_start", "cue_end"), Codec.refs(r.getString("via")),
        r.getString("content"), QueryRows.span(r, "content_start", "content_end"),
        r.getInt("quoted") == 1, Stance.valueOf(r.getString("stance")),
        r.getInt("hedged") == 1, r.getString("time"));
  }
}
