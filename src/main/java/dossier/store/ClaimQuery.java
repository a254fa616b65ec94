package dossier.store;

import dossier.model.Claim;
import dossier.model.FactRef;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import dossier.store.Queries.ClaimFilter;
import dossier.store.Queries.ClaimRow;
import dossier.store.Queries.DocumentRef;
import dossier.store.Queries.Role;
import dossier.store.Queries.SearchHit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
      from = linksOf(f, w);
      key = "k";
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

  /**
   * The links of the filter's entity, one row per claim, in the filter's role: its FROM clause;
   * adds its conditions to {@code w}. The claims themselves are joined only to filter by stance.
   */
  private static String linksOf(ClaimFilter f, QueryRows.Where w) {
    int role = switch (f.role()) {
      case SOURCE -> QueryLinks.SOURCE;
      case MENTIONED -> QueryLinks.MENTIONED;
      case ANY -> 0;
    };
    w.and("k.entity = ?", f.entity());
    if (role != 0) {
      w.and("k." + QueryLinks.hasRole(role));
    }
    // Left to itself, SQLite reads all the entity's links for a page of one role's claims;
    // a date range is read from the index by date.
    boolean byRole = role != 0 && f.from() == null && f.to() == null;
    return " FROM links.claim_links k"
        + (byRole ? " INDEXED BY " + QueryLinks.ROLE_INDEX[role] : "")
        + (f.stance() == null ? "" : " JOIN claims c ON c.doc = k.doc AND c.ord = k.ord");
  }

  /** How many claims the filter lets through; those of one entity alone were counted before. */
  static long count(Reader c, ClaimFilter f, QueryRows.Keys keys) throws SQLException {
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
  static List<ClaimRow> page(Reader c, QueryRows.Keys keys, int limit, int offset)
      throws SQLException {
    return rows(c, "(" + keys.sql() + " ORDER BY " + keys.alias() + ".doc, " + keys.alias()
        + ".ord LIMIT ? OFFSET ?)", keys.with(limit, offset));
  }

  static List<ClaimRow> in(Reader c, List<Long> docs) throws SQLException {
    return rows(c, "(SELECT doc, ord FROM claims WHERE doc IN (" + marks(docs.size(), "?") + "))",
        new ArrayList<>(docs));
  }

  /**
   * The claims of the hits' reports whose evidence holds one of the hit's matches, in store
   * order; the hit gives the report. All the reports' claims are read by one statement (the
   * driver's cost of running one is that of reading many rows), and only those that hold a
   * match are read whole.
   */
  static List<ClaimRow> holding(Reader c, List<SearchHit> hits) throws SQLException {
    Map<Long, SearchHit> byDoc = new HashMap<>();
    StringJoiner docs = new StringJoiner(",", "[", "]");
    for (SearchHit hit : hits) {
      if (!hit.matches().isEmpty() && byDoc.put(hit.doc().id(), hit) == null) {
        docs.add(Long.toString(hit.doc().id()));
      }
    }
    List<ClaimRow> out = new ArrayList<>();
    if (byDoc.isEmpty()) {
      // No hit shows a match (a page past the end, titles only): no claim can hold one.
      return out;
    }
    try (ResultSet r = c.query("SELECT c.*, " + QueryLinks.CLAIM_SOURCE + " AS source_entity"
        + " FROM claims c WHERE c.doc IN (SELECT value FROM json_each(?)) ORDER BY c.doc, c.ord",
        List.of(docs.toString()))) {
      while (r.next()) {
        Span evidence = new Span(r.getInt("start"), r.getInt("end"));
        SearchHit hit = byDoc.get(r.getLong("doc"));
        if (hit.matches().stream().anyMatch(evidence::contains)) {
          out.add(row(r, hit.doc().ref()));
        }
      }
    }
    return out;
  }

  /** {@code count} parameter marks, separated by commas. */
  private static String marks(int count, String mark) {
    return String.join(",", Collections.nCopies(count, mark));
  }

  static List<ClaimRow> one(Reader c, FactRef ref) throws SQLException {
    return rows(c, "(SELECT ? AS doc, ? AS ord)", List.of(ref.doc(), ref.index()));
  }

  private static List<ClaimRow> rows(Reader c, String keys, List<Object> params)
      throws SQLException {
    List<ClaimRow> out = new ArrayList<>();
    try (ResultSet r = c.query("SELECT c.*, " + QueryLinks.CLAIM_SOURCE + " AS source_entity, "
            + QueryRows.DOC_REF + " FROM " + keys + " p JOIN claims c ON c.doc = p.doc"
            + " AND c.ord = p.ord JOIN documents d ON d.id = c.doc ORDER BY c.doc, c.ord",
        params)) {
      while (r.next()) {
        out.add(row(r, QueryRows.docRef(r)));
      }
    }
    return out;
  }

  /** A claim with its source entity from a row of the claims table and {@code source_entity}. */
  private static ClaimRow row(ResultSet r, DocumentRef doc) throws SQLException {
    return new ClaimRow(new FactRef(r.getLong("doc"), r.getInt("ord")), claim(r),
        QueryRows.entityId(r, "source_entity"), doc);
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
