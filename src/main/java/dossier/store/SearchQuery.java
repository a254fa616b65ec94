package dossier.store;

import dossier.model.Span;
import dossier.store.Queries.DocumentInfo;
import dossier.store.Queries.SearchHit;
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

  static List<SearchHit> hits(Reader c, String ftsQuery, int limit, int offset)
      throws SQLException {
    List<SearchHit> out = new ArrayList<>();
    // The text itself is read only when it holds a marker: the marked text gives it otherwise.
    try (ResultSet r = c.query("SELECT " + QueryRows.DOC_INFO
        + ", highlight(documents_fts, 1, ?1, ?2) AS marked, CASE WHEN instr(d.text, ?1) > 0"
        + " OR instr(d.text, ?2) > 0 THEN d.text END AS text FROM documents_fts"
        + " JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ?3"
        + " ORDER BY documents_fts.rank LIMIT ?4 OFFSET ?5",
        List.of(String.valueOf(OPEN), String.valueOf(CLOSE), ftsQuery, limit, offset))) {
      while (r.next()) {
        out.add(hit(QueryRows.docInfo(r), r.getString("marked"), r.getString("text")));
      }
    }
    return out;
  }

  /** A hit from its marked text; {@code text} is null unless the text holds markers itself. */
  private static SearchHit hit(DocumentInfo doc, String marked, String text) {
    if (text != null) {
      return new SearchHit(doc, text, List.of());
    }
    List<Span> matches = new ArrayList<>();
    return new SearchHit(doc, unmark(marked, matches), matches);
  }

  /** The text without the markers; adds the spans that they enclosed to {@code matches}. */
  static String unmark(String marked, List<Span> matches) {
    StringBuilder plain = new StringBuilder(marked.length());
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char ch = marked.charAt(i);
      if (ch == OPEN) {
        open = plain.length();
      } else if (ch == CLOSE && open >= 0) {
        matches.add(new Span(open, plain.length()));
        open = -1;
      } else {
        plain.append(ch);
      }
    }
    return plain.toString();
  }
}
