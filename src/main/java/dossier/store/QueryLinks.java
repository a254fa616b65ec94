package dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Which entity each claim and event involves, worked out once and kept in an in-memory database
 * that every reader attaches as {@code links}. Lookups by entity then read an index instead of
 * matching spans claim by claim, and rows name their entities without matching spans either.
 * The links are those of the store when the queries opened.
 */
final class QueryLinks {
  /** Bits of {@code links.claim_links.roles}. */
  static final int SOURCE = 1;
  static final int MENTIONED = 2;
  /** The partial index of each role's links, by role bit. */
  static final String[] ROLE_INDEX = {null, "claim_links_by", "claim_links_about"};

  /** The entity that makes claim {@code c}, from the links. */
  static final String CLAIM_SOURCE =
      "(SELECT s.entity FROM links.claim_sources s WHERE s.doc = c.doc AND s.ord = c.ord)";

  private static final String[] BUILD = {
    """
    CREATE TABLE links.claim_sources (doc INTEGER NOT NULL, ord INTEGER NOT NULL,
      entity INTEGER NOT NULL, PRIMARY KEY (doc, ord)) WITHOUT ROWID""",
    "INSERT INTO links.claim_sources SELECT doc, ord, entity FROM (SELECT c.doc, c.ord, "
        + ClaimQuery.SOURCE + " AS entity FROM claims c) WHERE entity IS NOT NULL",
    // One row per claim and entity, whatever its roles, with the report's date to filter on.
    """
    CREATE TABLE links.claim_links (entity INTEGER NOT NULL, doc INTEGER NOT NULL,
      ord INTEGER NOT NULL, roles INTEGER NOT NULL, published TEXT,
      PRIMARY KEY (entity, doc, ord)) WITHOUT ROWID""",
    "INSERT INTO links.claim_links SELECT s.entity, s.doc, s.ord, " + SOURCE + ", d.published"
        + " FROM links.claim_sources s JOIN documents d ON d.id = s.doc",
    "INSERT INTO links.claim_links SELECT m.entity, c.doc, c.ord, " + MENTIONED + ", d.published"
        + " FROM claims c JOIN entity_mentions m ON m.doc = c.doc"
        + " AND c.content_start <= m.start AND m.end <= c.content_end"
        + " JOIN documents d ON d.id = c.doc WHERE true"
        + " ON CONFLICT (entity, doc, ord) DO UPDATE SET roles = roles | " + MENTIONED,
    "CREATE INDEX links.claim_links_published ON claim_links(entity, published, roles)",
    // A page of an entity's claims in one role is read from an index holding no others, so that
    // it costs the same however many claims the entity has in the other role.
    "CREATE INDEX links." + ROLE_INDEX[SOURCE] + " ON claim_links(entity, doc, ord, roles) WHERE "
        + hasRole(SOURCE),
    "CREATE INDEX links." + ROLE_INDEX[MENTIONED] + " ON claim_links(entity, doc, ord, roles)"
        + " WHERE " + hasRole(MENTIONED),
    "CREATE INDEX links.claim_links_fact ON claim_links(doc, ord)",
    """
    CREATE TABLE links.event_parties (doc INTEGER NOT NULL, ord INTEGER NOT NULL,
      actor INTEGER, target INTEGER, location INTEGER, PRIMARY KEY (doc, ord)) WITHOUT ROWID""",
    "INSERT INTO links.event_parties SELECT e.doc, e.ord, " + EventQuery.ACTOR + ", "
        + EventQuery.TARGET + ", " + EventQuery.LOCATION + " FROM events e",
    // With the event's time, so that an entity's events are read in time order from an index.
    """
    CREATE TABLE links.event_links (entity INTEGER NOT NULL, doc INTEGER NOT NULL,
      ord INTEGER NOT NULL, time TEXT, PRIMARY KEY (entity, doc, ord)) WITHOUT ROWID""",
    eventLinks("actor"),
    eventLinks("target"),
    eventLinks("location"),
    "CREATE INDEX links.event_links_timeline ON event_links(entity, time IS NULL, time, doc, ord)",
    // Counted once, as an entity page shows them at every request.
    """
    CREATE TABLE links.entity_counts (entity INTEGER PRIMARY KEY, mentions INTEGER NOT NULL,
      documents INTEGER NOT NULL, claims INTEGER NOT NULL, claims_by INTEGER NOT NULL,
      claims_about INTEGER NOT NULL, events INTEGER NOT NULL)""",
    "INSERT INTO links.entity_counts SELECT id, 0, 0, 0, 0, 0, 0 FROM entities",
    """
    UPDATE links.entity_counts SET (mentions, documents) = (SELECT count(*), count(DISTINCT doc)
      FROM entity_mentions m WHERE m.entity = entity_counts.entity)""",
    """
    UPDATE links.entity_counts SET (claims, claims_by, claims_about) = (SELECT count(*),
      coalesce(sum(roles & %d <> 0), 0), coalesce(sum(roles & %d <> 0), 0)
      FROM links.claim_links k WHERE k.entity = entity_counts.entity)"""
        .formatted(SOURCE, MENTIONED),
    """
    UPDATE links.entity_counts SET events = (SELECT count(*) FROM links.event_links k
      WHERE k.entity = entity_counts.entity)""",
  };

  private QueryLinks() {}

  /**
   * The condition that a claim link has {@code role}, written out so that a query holding the
   * same text reads the partial index of that role.
   */
  static String hasRole(int role) {
    return "roles & " + role + " <> 0";
  }

  /** Links each event to the entity of its {@code party}. */
  private static String eventLinks(String party) {
    return "INSERT OR IGNORE INTO links.event_links SELECT p." + party + ", e.doc, e.ord, e.time"
        + " FROM links.event_parties p JOIN events e ON e.doc = p.doc AND e.ord = p.ord"
        + " WHERE p." + party + " IS NOT NULL";
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
