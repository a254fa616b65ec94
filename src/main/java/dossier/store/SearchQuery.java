package dossier.store;

import dossier.model.Span;
import dossier.store.Queries.SearchHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Full-text search over the reports, with where in each text the words matched. */
final class SearchQuery {
  /** Private-use characters that FTS5 puts around each match; reports hardly ever hold them. */
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private SearchQuery() {}

  static List<SearchHit> hits(Connection c, String ftsQuery, int limit, int offset)
      throws SQLException {
    List<SearchHit> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT " + QueryRows.DOC_INFO
        + ", d.text, highlight(documents_fts, 1, ?, ?) AS marked FROM documents_fts"
        + " JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ?"
        + " ORDER BY documents_fts.rank LIMIT ? OFFSET ?")) {
      s.setString(1, String.valueOf(OPEN));
      s.setString(2, String.valueOf(CLOSE));
      s.setString(3, ftsQuery);
      s.setInt(4, limit);
      s.setInt(5, offset);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String text = r.getString("text");
          out.add(new SearchHit(QueryRows.docInfo(r), text, matches(text, r.getString("marked"))));
        }
      }
    }
    return out;
  }

  /**
   * The spans of {@code text} that the markers enclose in {@code marked}; none when the text
   * held marker characters itself, since the offsets would then be wrong.
   */
  static List<Span> matches(String text, String marked) {
    List<Span> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder(text.length());
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char ch = marked.charAt(i);
      if (ch == OPEN) {
        open = plain.length();
      } else if (ch == CLOSE && open >= 0) {
        out.add(new Span(open, plain.length()));
        open = -1;
      } else {
        plain.append(ch);
      }
    }
    return plain.toString().equals(text) ? out : List.of();
  }
}
