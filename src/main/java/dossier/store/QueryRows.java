package dossier.store;

import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Quantity;
import dossier.model.Span;
import dossier.store.Queries.DocumentInfo;
import dossier.store.Queries.DocumentRef;
import dossier.store.Queries.EntityMention;
import dossier.store.Queries.EntityRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL pieces and row readers shared by the {@link Queries}. */
final class QueryRows {
  /** A report's list fields, prefixed {@code d_} so they never clash with a fact's columns. */
  static final String DOC_INFO = "d.id AS d_id, d.origin AS d_origin, d.title AS d_title,"
      + " d.outlet AS d_outlet, d.author AS d_author, d.published AS d_published,"
      + " d.published_source AS d_published_source, d.language AS d_language,"
      + " (SELECT count(*) FROM claims x WHERE x.doc = d.id) AS d_claims,"
      + " (SELECT count(*) FROM events x WHERE x.doc = d.id) AS d_events";

  /** What a fact shows of its report, prefixed {@code d_} as {@link #DOC_INFO}. */
  static final String DOC_REF = "d.id AS d_id, d.title AS d_title, d.outlet AS d_outlet,"
      + " d.published AS d_published";

  private QueryRows() {}

  /** Conditions joined by AND, with their parameters in order. */
  static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where and(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(Arrays.asList(values));
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> params() {
      return List.copyOf(params);
    }

    /** The parameters followed by {@code more} (the page's limit and offset). */
    List<Object> with(Object... more) {
      List<Object> out = new ArrayList<>(params);
      out.addAll(Arrays.asList(more));
      return out;
    }
  }

  /**
   * A query for the keys of a list of facts, without order or page; {@code alias} names the
   * table whose {@code doc} and {@code ord} columns it selects.
   */
  record Keys(String sql, String alias, List<Object> params) {
    List<Object> with(Object... more) {
      List<Object> out = new ArrayList<>(params);
      out.addAll(Arrays.asList(more));
      return out;
    }

    /** How many facts the keys select. */
    long count(Reader c) throws SQLException {
      return c.count("SELECT count(*) FROM (" + sql + ")", params);
    }
  }

  /** One of an entity's counts in {@code links.entity_counts}; 0 for an entity not counted. */
  static long entityCount(Reader c, long entity, String column) throws SQLException {
    return c.count("SELECT " + column + " FROM links.entity_counts WHERE entity = ?",
        List.of(entity));
  }

  static DocumentInfo docInfo(ResultSet r) throws SQLException {
    String source = r.getString("d_published_source");
    return new DocumentInfo(r.getLong("d_id"), r.getString("d_origin"), r.getString("d_title"),
        r.getString("d_outlet"), r.getString("d_author"), published(r),
        source == null ? null : DateSource.valueOf(source), r.getString("d_language"),
        r.getInt("d_claims"), r.getInt("d_events"));
  }

  static DocumentRef docRef(ResultSet r) throws SQLException {
    return new DocumentRef(r.getLong("d_id"), r.getString("d_title"), r.getString("d_outlet"),
        published(r));
  }

  private static LocalDate published(ResultSet r) throws SQLException {
    String published = r.getString("d_published");
    return published == null ? null : LocalDate.parse(published);
  }

  /**
   * Entities with their mention counts, counted when the queries opened; {@code tail} follows
   * {@code FROM entities e}.
   */
  static List<EntityRow> entities(Reader c, String tail, List<Object> params)
      throws SQLException {
    List<EntityRow> out = new ArrayList<>();
    try (ResultSet r = c.query("SELECT e.*, coalesce(n.mentions, 0) AS n_mentions,"
            + " coalesce(n.documents, 0) AS n_docs FROM entities e"
            + " LEFT JOIN links.entity_counts n ON n.entity = e.id" + tail, params)) {
      while (r.next()) {
        out.add(new EntityRow(r.getLong("id"), r.getString("name"),
            EntityType.valueOf(r.getString("type")), Codec.strings(r.getString("aliases")),
            Codec.strings(r.getString("reasons")), r.getInt("n_mentions"), r.getInt("n_docs")));
      }
    }
    return out;
  }

  /** Entity mentions with the report's words; {@code tail} follows {@code WHERE}. */
  static List<EntityMention> mentions(Reader c, String tail, List<Object> params)
      throws SQLException {
    List<EntityMention> out = new ArrayList<>();
    try (ResultSet r = c.query("SELECT m.entity, m.doc, m.start, m.end,"
            + " (SELECT w.text FROM mentions w WHERE w.doc = m.doc AND w.start = m.start"
            + " AND w.end = m.end LIMIT 1) AS words FROM entity_mentions m WHERE " + tail,
        params)) {
      while (r.next()) {
        out.add(new EntityMention(r.getLong(1), r.getLong(2), new Span(r.getInt(3), r.getInt(4)),
            r.getString(5)));
      }
    }
    return out;
  }

  static Quantity quantity(ResultSet r) throws SQLException {
    double max = r.getDouble("max");
    Double range = r.wasNull() ? null : max;
    return new Quantity(span(r, "start", "end"), r.getDouble("value"), range,
        r.getInt("approximate") == 1, r.getString("unit"), r.getString("about"));
  }

  /** Two columns as a span, or null when the first is null. */
  static Span span(ResultSet r, String start, String end) throws SQLException {
    int s = r.getInt(start);
    return r.wasNull() ? null : new Span(s, r.getInt(end));
  }

  /** A nullable entity id column. */
  static Long entityId(ResultSet r, String column) throws SQLException {
    long id = r.getLong(column);
    return r.wasNull() ? null : id;
  }

  /** Makes {@code %}, {@code _} and the escape itself literal in a LIKE pattern. */
  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The entity whose mention overlaps the span in two columns of alias {@code t} (the longest
   * mention wins, as in the export).
   */
  static String entityOver(String t, String start, String end) {
    return "(SELECT m.entity FROM entity_mentions m WHERE m.doc = " + t + ".doc AND m.start < "
        + end + " AND " + start + " < m.end ORDER BY m.end - m.start DESC, m.entity LIMIT 1)";
  }
}
