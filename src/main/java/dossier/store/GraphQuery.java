package dossier.store;

import dossier.store.Queries.Edge;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entities go together: in one claim (its source or inside its content), or as an event's
 * actor and target.
 */
final class GraphQuery {
  private static final String CLAIMS = """
      SELECT a.entity, b.entity, count(*) FROM links.claim_links a JOIN links.claim_links b
        ON a.doc = b.doc AND a.ord = b.ord AND a.entity < b.entity
      GROUP BY a.entity, b.entity""";

  private static final String EVENTS = "SELECT min(actor, target), max(actor, target), count(*)"
      + " FROM links.event_parties WHERE actor <> target GROUP BY 1, 2";

  private GraphQuery() {}

  static List<Edge> edges(Connection c) throws SQLException {
    Map<List<Long>, int[]> weights = new LinkedHashMap<>();
    add(c, CLAIMS, weights, 0);
    add(c, EVENTS, weights, 1);
    List<Edge> out = new ArrayList<>();
    weights.forEach((pair, w) -> out.add(new Edge(pair.get(0), pair.get(1), w[0], w[1])));
    return out;
  }

  /** Adds each pair's count to slot {@code slot} of its weights (0: claims, 1: events). */
  private static void add(Connection c, String sql, Map<List<Long>, int[]> weights, int slot)
      throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        weights.computeIfAbsent(List.of(r.getLong(1), r.getLong(2)), k -> new int[2])[slot] +=
            r.getInt(3);
      }
    }
  }
}
