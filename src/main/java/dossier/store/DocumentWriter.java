package dossier.store;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.Mention;
import dossier.model.Quantity;
import dossier.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/** Writes one extraction's rows; the caller owns the transaction. */
final class DocumentWriter {
  private final Connection c;

  DocumentWriter(Connection c) {
    this.c = c;
  }

  long write(Extraction x, Fingerprint fingerprint) throws SQLException {
    long id = document(x.article(), x.tokens());
    fingerprint(id, fingerprint);
    mentions(id, x.mentions());
    claims(id, x.claims());
    events(id, x.events());
    quantities(id, x.quantities());
    try (PreparedStatement fts = c.prepareStatement(
        "INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)")) {
      fts.setLong(1, id);
      fts.setString(2, x.article().title());
      fts.setString(3, x.article().text());
      fts.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM skipped WHERE origin = ?")) {
      s.setString(1, x.article().origin());
      s.executeUpdate();
    }
    return id;
  }

  private long document(Article a, int tokens) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO documents(hash, origin, title, outlet, author, published, published_source,"
            + " language, text, removed, tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, a.contentHash());
      s.setString(2, a.origin());
      s.setString(3, a.title());
      s.setString(4, a.outlet());
      s.setString(5, a.author());
      s.setString(6, a.published() == null ? null : a.published().toString());
      s.setString(7, a.publishedSource() == null ? null : a.publishedSource().name());
      s.setString(8, a.language());
      s.setString(9, a.text());
      s.setString(10, Codec.removed(a.removed()));
      s.setInt(11, tokens);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void fingerprint(long doc, Fingerprint f) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO fingerprints(doc, minhash) VALUES (?, ?)")) {
      s.setLong(1, doc);
      s.setBytes(2, Codec.ints(f.minhash()));
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO bands(band, bucket, doc) VALUES (?, ?, ?)")) {
      int[] bands = f.bands();
      for (int band = 0; band < bands.length; band++) {
        s.setInt(1, band);
        s.setInt(2, bands[band]);
        s.setLong(3, doc);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void mentions(long doc, List<Mention> mentions) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO mentions(doc, ord, start, end, text, type) VALUES (?,?,?,?,?,?)")) {
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        s.setLong(1, doc);
        s.setInt(2, i);
        s.setInt(3, m.span().start());
        s.setInt(4, m.span().end());
        s.setString(5, m.text());
        s.setString(6, m.type().name());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void claims(long doc, List<Claim> claims) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO claims(doc, ord, start, end, source, source_start, source_end,"
            + " source_anonymous, cue, cue_start, cue_end, via, content, content_start, content_end,"
            + " quoted, stance, hedged, time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < claims.size(); i++) {
        Claim k = claims.get(i);
        s.setLong(1, doc);
        s.setInt(2, i);
        s.setInt(3, k.span().start());
        s.setInt(4, k.span().end());
        s.setString(5, k.source() == null ? null : k.source().text());
        span(s, 6, k.source() == null ? null : k.source().span());
        s.setObject(8, k.source() == null ? null : k.source().anonymous() ? 1 : 0);
        s.setString(9, k.cue());
        span(s, 10, k.cueSpan());
        s.setString(12, Codec.refs(k.via()));
        s.setString(13, k.content());
        span(s, 14, k.contentSpan());
        s.setInt(16, k.quoted() ? 1 : 0);
        s.setString(17, k.stance().name());
        s.setInt(18, k.hedged() ? 1 : 0);
        s.setString(19, k.time());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void events(long doc, List<Event> events) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO events(doc, ord, start, end, type, mode, actor, target, location, time,"
            + " trigger, trigger_start, trigger_end, claim) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        s.setLong(1, doc);
        s.setInt(2, i);
        span(s, 3, e.span());
        s.setString(5, e.type());
        s.setString(6, e.mode());
        s.setString(7, Codec.ref(e.actor()));
        s.setString(8, Codec.ref(e.target()));
        s.setString(9, Codec.ref(e.location()));
        s.setString(10, e.time());
        s.setString(11, e.trigger());
        span(s, 12, e.triggerSpan());
        s.setInt(14, e.claim());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void quantities(long doc, List<Quantity> quantities) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO quantities(doc, ord, start, end, value, max, approximate, unit, about)"
            + " VALUES (?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < quantities.size(); i++) {
        Quantity q = quantities.get(i);
        s.setLong(1, doc);
        s.setInt(2, i);
        span(s, 3, q.span());
        s.setDouble(5, q.value());
        s.setObject(6, q.max());
        s.setInt(7, q.approximate() ? 1 : 0);
        s.setString(8, q.unit());
        s.setString(9, q.about());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Sets a span's start and end at two consecutive parameters, or two nulls. */
  private static void span(PreparedStatement s, int at, Span span) throws SQLException {
    if (span == null) {
      s.setNull(at, Types.INTEGER);
      s.setNull(at + 1, Types.INTEGER);
    } else {
      s.setInt(at, span.start());
      s.setInt(at + 1, span.end());
    }
  }
}
