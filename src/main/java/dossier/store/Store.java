package dossier.store;

import dossier.model.Copy;
import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityOfNames;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.NameNode;
import dossier.model.NameUse;
import dossier.model.Skipped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The knowledge base: one SQLite file in WAL mode. Each document goes in with all its facts in
 * one transaction, so a build that is interrupted loses only the document in flight and a rerun
 * resumes from what is stored. One writer at a time; methods are synchronized.
 */
public final class Store implements AutoCloseable {

  /** How much the store holds. */
  public record Counts(long documents, long entities, long mentions, long claims, long events,
      long quantities, long skipped) {}

  private final Path file;
  private final Connection c;

  private Store(Path file, Connection c) {
    this.file = file;
    this.c = c;
  }

  /** Opens the store at {@code file}, creating it and its tables when missing. */
  public static Store open(Path file) throws StoreException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new StoreException(file, "folder does not exist", null);
      }
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 10000");
      }
      Schema.create(c);
      return new Store(file, c);
    } catch (SQLException e) {
      throw new StoreException(file, "cannot open the knowledge base: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Read-only, paginated queries on this store's file, for the API; close them when done. */
  public Queries queries() throws StoreException {
    return Queries.open(file);
  }

  /** True when a document with this content hash is stored. */
  public synchronized boolean contains(String contentHash) throws StoreException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM documents WHERE hash = ?")) {
      s.setString(1, contentHash);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw fail("cannot look up a document", e);
    }
  }

  /**
   * Stores one document with all its facts and its fingerprint in one transaction; returns its
   * id. Its copies are found later, by {@link #unlinked} and {@link #putLineage}.
   */
  public synchronized long put(Extraction extraction, Fingerprint fingerprint)
      throws StoreException {
    return inTransaction("cannot store " + extraction.article().origin(),
        () -> new DocumentWriter(c).write(extraction, fingerprint));
  }

  /**
   * Stores many documents in one transaction, for bulk loads (an archive import, a benchmark's
   * large store): all or none of them are stored. As with {@link #put}, copies are found later.
   */
  public synchronized void putAll(List<Extraction> extractions, List<Fingerprint> fingerprints)
      throws StoreException {
    if (extractions.size() != fingerprints.size()) {
      throw new IllegalArgumentException("one fingerprint per extraction: " + extractions.size()
          + " extractions, " + fingerprints.size() + " fingerprints");
    }
    inTransaction("cannot store " + extractions.size() + " documents", () -> {
      DocumentWriter writer = new DocumentWriter(c);
      for (int i = 0; i < extractions.size(); i++) {
        writer.write(extractions.get(i), fingerprints.get(i));
      }
      return null;
    });
  }

  /** A stored document's MinHash signature and those of earlier documents that share a band. */
  public record Candidates(long doc, int[] minhash, Map<Long, int[]> earlier) {}

  /** Documents whose copies have not been looked for yet, with their candidates. */
  public synchronized List<Candidates> unlinked() throws StoreException {
    List<Candidates> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc, minhash FROM fingerprints WHERE linked = 0 ORDER BY doc");
        PreparedStatement q = c.prepareStatement(
            "SELECT DISTINCT f.doc, f.minhash FROM bands a JOIN bands b"
                + " ON a.band = b.band AND a.bucket = b.bucket AND b.doc < a.doc"
                + " JOIN fingerprints f ON f.doc = b.doc WHERE a.doc = ?")) {
      while (r.next()) {
        long doc = r.getLong(1);
        Map<Long, int[]> earlier = new LinkedHashMap<>();
        q.setLong(1, doc);
        try (ResultSet e = q.executeQuery()) {
          while (e.next()) {
            earlier.put(e.getLong(1), Codec.ints(e.getBytes(2)));
          }
        }
        out.add(new Candidates(doc, Codec.ints(r.getBytes(2)), earlier));
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read fingerprints", e);
    }
  }

  /** Records the copies found for {@code doc} (possibly none) and marks it looked at. */
  public synchronized void putLineage(long doc, List<Copy> copies) throws StoreException {
    inTransaction("cannot store lineage", () -> {
      try (PreparedStatement s = c.prepareStatement(
              "INSERT OR REPLACE INTO lineage(doc, copy_of, similarity) VALUES (?, ?, ?)");
          PreparedStatement done = c.prepareStatement(
              "UPDATE fingerprints SET linked = 1 WHERE doc = ?")) {
        for (Copy copy : copies) {
          s.setLong(1, copy.doc());
          s.setLong(2, copy.of());
          s.setDouble(3, copy.similarity());
          s.executeUpdate();
        }
        done.setLong(1, doc);
        done.executeUpdate();
      }
      return null;
    });
  }

  /** Every near-duplicate pair found, the later report first. */
  public synchronized List<Copy> lineage() throws StoreException {
    List<Copy> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc, copy_of, similarity FROM lineage ORDER BY doc, copy_of")) {
      while (r.next()) {
        out.add(new Copy(r.getLong(1), r.getLong(2), r.getDouble(3)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read lineage", e);
    }
  }

  /** Records an input that was not used; a later successful build of it clears the record. */
  public synchronized void putSkipped(Skipped skipped) throws StoreException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO skipped(origin, reason) VALUES (?, ?)"
            + " ON CONFLICT(origin) DO UPDATE SET reason = excluded.reason")) {
      s.setString(1, skipped.origin());
      s.setString(2, skipped.reason());
      s.executeUpdate();
    } catch (SQLException e) {
      throw fail("cannot record a skipped file", e);
    }
  }

  public synchronized List<Skipped> skipped() throws StoreException {
    List<Skipped> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT origin, reason FROM skipped ORDER BY origin")) {
      while (r.next()) {
        out.add(new Skipped(r.getString(1), r.getString(2)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read skipped files", e);
    }
  }

  /** Passes every stored document to {@code visitor}, in the order they were stored. */
  public synchronized void forEachDocument(Consumer<StoredDocument> visitor) throws StoreException {
    DocumentReader reader = new DocumentReader(c);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM documents ORDER BY id")) {
      while (r.next()) {
        visitor.accept(reader.read(r));
      }
    } catch (SQLException e) {
      throw fail("cannot read documents", e);
    }
  }

  /** Every document's extraction by document id, in id order: the input of claim linking. */
  public Map<Long, Extraction> extractions() throws StoreException {
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    forEachDocument(d -> docs.put(d.id(), d.extraction()));
    return docs;
  }

  /** Every document's text and mentions: the input of entity resolution. */
  public synchronized List<DocMentions> mentionsByDocument() throws StoreException {
    return mentionsOf("SELECT id, text FROM documents ORDER BY id");
  }

  private List<DocMentions> mentionsOf(String documents) throws StoreException {
    List<DocMentions> out = new ArrayList<>();
    DocumentReader reader = new DocumentReader(c);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(documents)) {
      while (r.next()) {
        long id = r.getLong(1);
        out.add(new DocMentions(id, r.getString(2), reader.mentions(id)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read mentions", e);
    }
  }

  /** Replaces all the resolved entities, in one transaction. */
  public synchronized void replaceEntities(List<Entity> entities) throws StoreException {
    inTransaction("cannot store entities", () -> {
      new EntityRows(c).replace(entities);
      new NameRows(c).placeAll();
      return null;
    });
  }

  /**
   * Replaces, in one transaction, the entities holding the names of {@code entities} (a
   * resolution of new reports against the stored names) by them; the other
   * entities stay as they are. Only what changed is written: an entity that merely gained
   * mentions keeps its rows and its id, and gains the new reports' rows alone.
   *
   * @param firstNew the first report stored since the entities were last written
   */
  public synchronized void replaceEntitiesOf(long firstNew, List<EntityOfNames> entities)
      throws StoreException {
    inTransaction("cannot store entities", () -> {
      new EntityOfNamesRows(c, firstNew).write(entities);
      return null;
    });
  }

  /**
   * Reports whose names are not indexed for resolution yet, with their text and mentions:
   * those stored after the last indexed one, since {@link #putNames} indexes every report
   * stored before it at once.
   */
  public synchronized List<DocMentions> unnamedDocuments() throws StoreException {
    return mentionsOf("SELECT id, text FROM documents"
        + " WHERE id > (SELECT coalesce(max(doc), 0) FROM named_documents) ORDER BY id");
  }

  /**
   * Adds reports' uses of names ({@link NameUse}) to those of the reports stored before, in
   * one transaction, so that each name is one row however many reports use it.
   *
   * @param uses by report, in the order they were stored
   */
  public synchronized void putNames(Map<Long, List<NameUse>> uses) throws StoreException {
    inTransaction("cannot index names", () -> {
      new NameRows(c).add(uses);
      try (PreparedStatement d = c.prepareStatement(
          "INSERT OR IGNORE INTO named_documents(doc) VALUES (?)")) {
        for (long doc : uses.keySet()) {
          d.setLong(1, doc);
          d.addBatch();
        }
        d.executeBatch();
      }
      return null;
    });
  }

  /** Passes each stored name having a lookup key that starts with {@code prefix} to {@code sink}. */
  public synchronized void forEachName(String prefix, Consumer<NameNode> sink)
      throws StoreException {
    try {
      new NameRows(c).forEach(prefix, sink);
    } catch (SQLException e) {
      throw fail("cannot look up names under " + prefix, e);
    }
  }

  /** The resolved entities, the most mentioned first. */
  public synchronized List<Entity> entities() throws StoreException {
    try {
      return new EntityRows(c).read();
    } catch (SQLException e) {
      throw fail("cannot read entities", e);
    }
  }

  /** Records a user's merge or split; the latest word on a pair of names wins. */
  public synchronized void putCorrection(Correction o) throws StoreException {
    inTransaction("cannot store the correction", () -> {
      try (PreparedStatement del = c.prepareStatement(
              "DELETE FROM entity_corrections WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)");
          PreparedStatement s = c.prepareStatement(
              "INSERT INTO entity_corrections(action, a, b) VALUES (?, ?, ?)")) {
        del.setString(1, o.a());
        del.setString(2, o.b());
        del.setString(3, o.b());
        del.setString(4, o.a());
        del.executeUpdate();
        s.setString(1, o.action().name());
        s.setString(2, o.a());
        s.setString(3, o.b());
        s.executeUpdate();
      }
      return null;
    });
  }

  /** The user's merges and splits, oldest first. */
  public synchronized List<Correction> corrections() throws StoreException {
    List<Correction> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT action, a, b FROM entity_corrections ORDER BY id")) {
      while (r.next()) {
        out.add(new Correction(Correction.Action.valueOf(r.getString(1)), r.getString(2),
            r.getString(3)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read corrections", e);
    }
  }

  /** Ids of documents matching an FTS5 query, best first. */
  public synchronized List<Long> search(String query, int limit) throws StoreException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")) {
      s.setString(1, query);
      s.setInt(2, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot search for " + query, e);
    }
  }

  /** How many documents are stored; cheaper than {@link #counts}. */
  public synchronized long documentCount() throws StoreException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
      return r.getLong(1);
    } catch (SQLException e) {
      throw fail("cannot count documents", e);
    }
  }

  public synchronized Counts counts() throws StoreException {
    Map<String, Long> n = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String table : List.of("documents", "entities", "mentions", "claims", "events",
          "quantities", "skipped")) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
          n.put(table, r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw fail("cannot count", e);
    }
    return new Counts(n.get("documents"), n.get("entities"), n.get("mentions"), n.get("claims"),
        n.get("events"), n.get("quantities"), n.get("skipped"));
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // Everything was committed per document; a failing close loses nothing.
    }
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) throws StoreException {
    try {
      c.setAutoCommit(false);
      try {
        T result = work.run();
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw fail(what, e);
    }
  }

  private StoreException fail(String what, SQLException e) {
    return new StoreException(file, what + ": " + e.getMessage(), e);
  }
}
