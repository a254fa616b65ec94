package dossier.store;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Mention;
import dossier.model.Quantity;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
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
        out.add(new Mention(span(r, "start", "end"), r.getString("text"),
            EntityType.valueOf(r.getString("type"))));
      }
    }
    return out;
  }

  private List<Claim> claims(long doc) throws SQLException {
    List<Claim> out = new ArrayList<>();
    try (ResultSet r = rows("claims", doc)) {
      while (r.next()) {
        String sourceText = r.getString("source");
        Ref source = sourceText == null ? null
            : new Ref(sourceText, span(r, "source_start", "source_end"),
                r.getInt("source_anonymous") == 1, span(r, "source_said_start", "source_said_end"));
        out.add(new Claim(span(r, "start", "end"), source, r.getString("cue"),
            span(r, "cue_start", "cue_end"), Codec.refs(r.getString("via")),
            r.getString("content"), span(r, "content_start", "content_end"),
            r.getInt("quoted") == 1, Stance.valueOf(r.getString("stance")),
            r.getInt("hedged") == 1));
      }
    }
    return out;
  }

  private List<Event> events(long doc) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (ResultSet r = rows("events", doc)) {
      while (r.next()) {
        out.add(new Event(span(r, "start", "end"), r.getString("type"), r.getString("mode"),
            Codec.ref(r.getString("actor")), Codec.ref(r.getString("target")),
            Codec.ref(r.getString("location")), r.getString("time"), r.getString("trigger"),
            span(r, "trigger_start", "trigger_end"), r.getInt("claim")));
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
        out.add(new Quantity(span(r, "start", "end"), r.getDouble("value"), range, r.getInt("approximate") == 1, r.getString("unit"),
            r.getString("about")));
      }
    }
    return out;
  }

  /** A document's rows of one fact table in document order; the statement closes with the set. */
  private ResultSet rows(String table, long doc) throws SQLException {
    PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE doc = ? ORDER BY ord");
    s.closeOnCompletion();
    s.setLong(1, doc);
    return s.executeQuery();
  }

  private static Span span(ResultSet r, String start, String end) throws SQLException {
    int s = r.getInt(start);
    if (r.wasNull()) {
      return null;
    }
    return new Span(s, r.getInt(end));
  }
}
