package dossier.store;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Mention;
import dossier.model.Quantity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads stored documents back into extractions. */
final class DocumentReader {
  private final Connection c;

  DocumentReader(Connection c) {
    this.c = c;
  }

  StoredDocument read(ResultSet doc) throws SQLException {
    long id = doc.getLong("id");
    String published = doc.getString("published");
    String source = doc.getString("published_source");
    Article article = new Article(doc.getString("origin"), doc.getString("hash"),
        doc.getString("title"), doc.getString("outlet"), doc.getString("author"),
        published == null ? null : LocalDate.parse(published),
        source == null ? null : DateSource.valueOf(source), doc.getString("language"),
        doc.getString("text"), Codec.removed(doc.getString("removed")));
    return new StoredDocument(id, new Extraction(article, mentions(id), claims(id), events(id),
        quantities(id), doc.getInt("tokens")));
  }

  List<Mention> mentions(long doc) throws SQLException {
    List<Mention> out = new ArrayList<>();
    try (ResultSet r = rows("mentions", doc)) {
      while (r.next()) {
        out.add(new Mention(QueryRows.span(r, "start", "end"), r.getString("text"),
            EntityType.valueOf(r.getString("type"))));
      }
    }
    return out;
  }

  private List<Claim> claims(long doc) throws SQLException {
    List<Claim> out = new ArrayList<>();
    try (ResultSet r = rows("claims", doc)) {
      while (r.next()) {
        out.add(ClaimQuery.claim(r));
      }
    }
    return out;
  }

  private List<Event> events(long doc) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (ResultSet r = rows("events", doc)) {
      while (r.next()) {
        out.add(new Event(QueryRows.span(r, "start", "end"), r.getString("type"),
            r.getString("mode"), Codec.ref(r.getString("actor")), Codec.ref(r.getString("target")),
            Codec.ref(r.getString("location")), r.getString("time"), r.getString("trigger"),
            QueryRows.span(r, "trigger_start", "trigger_end"), r.getInt("claim")));
      }
    }
    return out;
  }

  private List<Quantity> quantities(long doc) throws SQLException {
    List<Quantity> out = new ArrayList<>();
    try (ResultSet r = rows("quantities", doc)) {
      while (r.next()) {
        double max = r.getDouble("max");
        Double range = r.wasNull() ? null : max;
        out.add(new Quantity(QueryRows.span(r, "start", "end"), r.getDouble("value"), range,
            r.getInt("approximate") == 1, r.getString("unit"), r.getString("about")));
      }
    }
    return out;
  }

  /** A document's rows of one fact table in document order; the statement closes with the set. */
  private ResultSet rows(String table, long doc) throws SQLException {
    PreparedStatement s =
        c.prepareStatement("SELECT * FROM " + table + " WHERE doc = ? ORDER BY ord");
    s.closeOnCompletion();
    s.setLong(1, doc);
    return s.executeQuery();
  }
}
