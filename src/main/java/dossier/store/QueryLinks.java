package dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Which entity each claim and event involves, worked out once and kept in an in-memory database
 * that every reader attaches as {@code links}. Lookups by entity then read an index instead of
 * matching spans claim by claim. The links are those of the store when the queries opened.
 */
final class QueryLinks {
  /** Roles in {@code links.claim_links}. */
  static final int SOURCE = 0;
  static final int MENTIONED = 1;

  private static final String[] BUILD = {
    """
    CREATE TABLE links.claim_links (entity INTEGER NOT NULL, doc INTEGER NOT NULL,
      ord INTEGER NOT NULL, role INTEGER NOT NULL, PRIMARY KEY (entity, doc, ord, role))
      WITHOUT ROWID""",
    "INSERT OR IGNORE INTO links.claim_links SELECT entity, doc, ord, " + SOURCE + " FROM"
        + " (SELECT c.doc, c.ord, " + ClaimQuery.SOURCE + " AS entity FROM claims c)"
        + " WHERE entity IS NOT NULL",
    "INSERT OR IGNORE INTO links.claim_links SELECT m.entity, c.doc, c.ord, " + MENTIONED
        + " FROM claims c JOIN entity_mentions m ON m.doc = c.doc"
        + " AND c.content_start <= m.start AND m.end <= c.content_end",
    "CREATE INDEX links.claim_links_fact ON claim_links(doc, ord, entity)",
    """
    CREATE TABLE links.event_links (entity INTEGER NOT NULL, doc INTEGER NOT NULL,
      ord INTEGER NOT NULL, PRIMARY KEY (entity, doc, ord)) WITHOUT ROWID""",
    eventLinks(EventQuery.ACTOR),
    eventLinks(EventQuery.TARGET),
    eventLinks(EventQuery.LOCATION),
  };

  private QueryLinks() {}

  /** Links each event to the entity that {@code party} finds for it. */
  private static String eventLinks(String party) {
    return "INSERT OR IGNORE INTO links.event_links SELECT entity, doc, ord FROM (SELECT e.doc,"
        + " e.ord, " + party + " AS entity FROM events e) WHERE entity IS NOT NULL";
  }

  /** A name for the in-memory database that is unique to one {@link Queries}. */
  static String newName() {
    return "file:dossier-links-" + UUID.randomUUID() + "?mode=memory&cache=shared";
  }

  static void attach(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ATTACH DATABASE '" + name + "' AS links");
    }
  }

  /** Fills the links of every claim and event; {@code c} has them attached. */
  static void build(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : BUILD) {
        s.execute(sql);
      }
    }
  }
}
