package dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells whether the knowledge base changed since it was last asked, by this process or another
 * (a build writing while the server reads). It asks SQLite's {@code data_version} on a connection
 * of its own, which changes whenever another connection commits: a check costs no table read.
 */
public final class StoreWatch implements AutoCloseable {
  private final Path file;
  private final Connection c;
  private long version;

  private StoreWatch(Path file, Connection c) throws SQLException {
    this.file = file;
    this.c = c;
    this.version = version();
  }

  /** Starts watching the store at {@code file}; changes are counted from now. */
  public static StoreWatch open(Path file) throws StoreException {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try {
        return new StoreWatch(file, c);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot watch the knowledge base: " + e.getMessage(), e);
    }
  }

  /** True when something was committed to the store since the last call (or since opening). */
  public synchronized boolean changed() throws StoreException {
    try {
      long now = version();
      boolean changed = now != version;
      version = now;
      return changed;
    } catch (SQLException e) {
      throw new StoreException(file, "cannot check the knowledge base for changes: "
          + e.getMessage(), e);
    }
  }

  private long version() throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
      return r.getLong(1);
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // The watch only reads; nothing is lost.
    }
  }
}
