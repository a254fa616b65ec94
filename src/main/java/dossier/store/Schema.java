package dossier.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables, plain enough to read with any SQLite tool. Spans are UTF-16 offsets into
 * {@code documents.text}; list-valued columns hold JSON arrays.
 */
final class Schema {
  static final int VERSION = 4;

  private static final String[] DDL = {
    """
    CREATE TABLE IF NOT EXISTS documents (
      id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, origin TEXT NOT NULL,
      title TEXT NOT NULL, outlet TEXT, author TEXT, published TEXT, published_source TEXT,
      language TEXT NOT NULL, text TEXT NOT NULL, removed TEXT NOT NULL, tokens INTEGER NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS mentions (
      doc INTEGER NOT NULL REFERENCES documents(id), ord INTEGER NOT NULL,
      start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
      PRIMARY KEY (doc, ord))""",
    """
    CREATE TABLE IF NOT EXISTS claims (
      doc INTEGER NOT NULL REFERENCES documents(id), ord INTEGER NOT NULL,
      start INTEGER NOT NULL, end INTEGER NOT NULL,
      source TEXT, source_start INTEGER, source_end INTEGER, source_anonymous INTEGER,
      source_said_start INTEGER, source_said_end INTEGER,
      cue TEXT NOT NULL, cue_start INTEGER, cue_end INTEGER, via TEXT NOT NULL,
      content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
      quoted INTEGER NOT NULL, stance TEXT NOT NULL, hedged INTEGER NOT NULL, time TEXT,
      PRIMARY KEY (doc, ord))""",
    """
    CREATE TABLE IF NOT EXISTS events (
      doc INTEGER NOT NULL REFERENCES documents(id), ord INTEGER NOT NULL,
      start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT,
      actor TEXT, target TEXT, location TEXT, time TEXT,
      trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
      claim INTEGER NOT NULL, PRIMARY KEY (doc, ord))""",
    """
    CREATE TABLE IF NOT EXISTS quantities (
      doc INTEGER NOT NULL REFERENCES documents(id), ord INTEGER NOT NULL,
      start INTEGER NOT NULL, end INTEGER NOT NULL, value REAL NOT NULL, max REAL,
      approximate INTEGER NOT NULL, unit TEXT NOT NULL, about TEXT, PRIMARY KEY (doc, ord))""",
    """
    CREATE TABLE IF NOT EXISTS entities (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
      aliases TEXT NOT NULL, reasons TEXT NOT NULL, mention_count INTEGER NOT NULL DEFAULT 0,
      first_doc INTEGER NOT NULL DEFAULT 0, first_start INTEGER NOT NULL DEFAULT 0)""",
    """
    CREATE TABLE IF NOT EXISTS entity_mentions (
      entity INTEGER NOT NULL REFERENCES entities(id), doc INTEGER NOT NULL,
      start INTEGER NOT NULL, end INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS entity_mentions_doc ON entity_mentions(doc, start)",
    // Lookups the API makes by entity, stance, publication date and event time.
    "CREATE INDEX IF NOT EXISTS entity_mentions_entity ON entity_mentions(entity, doc)",
    "CREATE INDEX IF NOT EXISTS claims_stance ON claims(stance, doc, ord)",
    "CREATE INDEX IF NOT EXISTS documents_published ON documents(published, id)",
    // Lists pages of reports from this index alone, never reading their texts.
    """
    CREATE INDEX IF NOT EXISTS documents_list ON documents(
      id, origin, title, outlet, author, published, published_source, language)""",
    "CREATE INDEX IF NOT EXISTS events_timeline ON events(time IS NULL, time, doc, ord)",
    // Near-duplicate detection: MinHash signatures, their LSH band buckets, and the copies found.
    """
    CREATE TABLE IF NOT EXISTS fingerprints (
      doc INTEGER PRIMARY KEY REFERENCES documents(id), minhash BLOB NOT NULL,
      linked INTEGER NOT NULL DEFAULT 0)""",
    // Reports whose copies are still to be looked for, found without reading every fingerprint.
    "CREATE INDEX IF NOT EXISTS fingerprints_unlinked ON fingerprints(doc) WHERE linked = 0",
    "CREATE TABLE IF NOT EXISTS bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, doc INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS bands_bucket ON bands(band, bucket)",
    // A new report's own bands, looked up by document when its copies are sought.
    "CREATE INDEX IF NOT EXISTS bands_doc ON bands(doc)",
    """
    CREATE TABLE IF NOT EXISTS lineage (
      doc INTEGER NOT NULL REFERENCES documents(id), copy_of INTEGER NOT NULL REFERENCES documents(id),
      similarity REAL NOT NULL, PRIMARY KEY (doc, copy_of))""",
    // The user's merges and splits of entities, applied at every resolution, kept across rebuilds.
    """
    CREATE TABLE IF NOT EXISTS entity_corrections (
      id INTEGER PRIMARY KEY, action TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL)""",
    // The names the resolver compares (model.NameNode), each with its reports' uses added up
    // (its written forms with their counts, its mentions, the aliases given it) and the entity
    // it is in, found by the keys of the names they can join, so that a new report is resolved
    // against those names alone; and the reports indexed so far.
    """
    CREATE TABLE IF NOT EXISTS name_nodes (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL, key TEXT NOT NULL,
      beside TEXT NOT NULL, mentions INTEGER NOT NULL, reports INTEGER NOT NULL,
      first_doc INTEGER NOT NULL, first_ord INTEGER NOT NULL, first_start INTEGER NOT NULL,
      first_end INTEGER NOT NULL, entity INTEGER)""",
    """
    CREATE TABLE IF NOT EXISTS name_forms (
      node INTEGER NOT NULL, form TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (node, form))""",
    """
    CREATE TABLE IF NOT EXISTS name_keys (
      key TEXT NOT NULL, node INTEGER NOT NULL, PRIMARY KEY (key, node)) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS name_uses (node INTEGER NOT NULL, doc INTEGER NOT NULL, ord INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS name_uses_node ON name_uses(node, doc)",
    """
    CREATE TABLE IF NOT EXISTS name_given (
      node INTEGER NOT NULL, alias TEXT NOT NULL, doc INTEGER NOT NULL, seq INTEGER NOT NULL,
      PRIMARY KEY (node, alias))""",
    "CREATE TABLE IF NOT EXISTS named_documents (doc INTEGER PRIMARY KEY REFERENCES documents(id))",
    "CREATE TABLE IF NOT EXISTS skipped (origin TEXT PRIMARY KEY, reason TEXT NOT NULL)",
    // Full-text search over the clean stories, for the query commands and the API.
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
      title, text, content='documents', content_rowid='id')""",
  };

  private Schema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean mentionKeyed = !hasTable(c, "name_nodes") && hasTable(c, "name_keys");
      if (mentionKeyed) {
        s.execute("DROP TABLE name_keys");
      }
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      upgrade(c, s);
      if (mentionKeyed) {
        s.execute("DELETE FROM named_documents");
      }
      // Entities in the order they are listed, most mentioned first, kept as they are replaced.
      s.execute("CREATE INDEX IF NOT EXISTS entities_rank"
          + " ON entities(mention_count DESC, name, first_doc, first_start)");
      s.execute("PRAGMA user_version = " + VERSION);
    }
  }

  /**
   * Brings a store made by an earlier version up to this one, keeping what it holds: claims
   * gained when they were said and where a resolved pronoun stands ("he"); entities gained
   * their rank, so that a build replacing some of them keeps the list in order. Its reports'
   * names are not indexed yet (or were indexed by mention, before names were added up), so the
   * next build indexes them and resolves the whole store once.
   */
  private static void upgrade(Connection c, Statement s) throws SQLException {
    addColumns(c, s, "claims", "time TEXT", "source_said_start INTEGER",
        "source_said_end INTEGER");
    if (addColumns(c, s, "entities", "mention_count INTEGER NOT NULL DEFAULT 0",
        "first_doc INTEGER NOT NULL DEFAULT 0", "first_start INTEGER NOT NULL DEFAULT 0")) {
      s.execute("""
          UPDATE entities SET
            mention_count = (SELECT count(*) FROM entity_mentions m WHERE m.entity = entities.id),
            first_doc = coalesce((SELECT m.doc FROM entity_mentions m WHERE m.entity = entities.id
              ORDER BY m.doc, m.start LIMIT 1), 0),
            first_start = coalesce((SELECT m.start FROM entity_mentions m
              WHERE m.entity = entities.id ORDER BY m.doc, m.start LIMIT 1), 0)""");
    }
  }

  /** Adds the columns a table lacks; true when it lacked any. */
  private static boolean addColumns(Connection c, Statement s, String table, String... columns)
      throws SQLException {
    boolean added = false;
    for (String column : columns) {
      if (!hasColumn(c, table, column.substring(0, column.indexOf(' ')))) {
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + column);
        added = true;
      }
    }
    return added;
  }

  private static boolean hasTable(Connection c, String table) throws SQLException {
    try (ResultSet r = c.getMetaData().getTables(null, null, table, null)) {
      return r.next();
    }
  }

  private static boolean hasColumn(Connection c, String table, String column)
      throws SQLException {
    try (ResultSet r = c.getMetaData().getColumns(null, null, table, column)) {
      return r.next();
    }
  }
}
