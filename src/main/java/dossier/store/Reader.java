package dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One read-only connection of the {@link Queries}, with the statements it has prepared kept
 * for the next request: SQLite takes about as long to prepare one of these queries as to run
 * it. Used by one thread at a time, as the queries lend it.
 */
final class Reader implements AutoCloseable {
  /** Statements kept; the least recently used is closed beyond this (queries whose SQL varies). */
  private static final int KEPT = 64;

  private final Connection c;
  private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(KEPT, 0.75f, true);

  Reader(Connection c) {
    this.c = c;
  }

  Connection connection() {
    return c;
  }

  /**
   * The rows of {@code sql} with {@code params} bound in order. Close the result, never its
   * statement, which is kept.
   */
  ResultSet query(String sql, List<Object> params) throws SQLException {
    PreparedStatement s = statement(sql);
    s.clearParameters();
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
    return s.executeQuery();
  }

  /** The first column of the first row of {@code sql}, a count. */
  long count(String sql, List<Object> params) throws SQLException {
    try (ResultSet r = query(sql, params)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement s = prepared.get(sql);
    if (s == null) {
      s = c.prepareStatement(sql);
      prepared.put(sql, s);
      if (prepared.size() > KEPT) {
        Iterator<PreparedStatement> eldest = prepared.values().iterator();
        eldest.next().close();
        eldest.remove();
      }
    }
    return s;
  }

  @Override
  public void close() throws SQLException {
    try {
      for (PreparedStatement s : prepared.values()) {
        s.close();
      }
    } finally {
      prepared.clear();
      c.close();
    }
  }
}
