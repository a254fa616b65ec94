package dossier.store;

import dossier.model.Copy;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.Mention;
import dossier.model.Correction;
import dossier.model.Skipped;
import dossier.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      return null;
    });
  }

  /**
   * Replaces, in one transaction, every entity that holds one of {@code region}'s mentions by
   * {@code entities}, the region's new resolution; the other entities stay as they are. Only
   * what changed is written: an entity that merely gained mentions keeps its rows and its id.
   */
  public synchronized void replaceEntitiesAt(List<Entity.At> region, List<Entity> entities)
      throws StoreException {
    inTransaction("cannot store entities", () -> {
      new EntityRows(c).replaceHolding(region, entities);
      return null;
    });
  }

  /**
   * Reports whose names are not indexed for resolution yet, with their text and mentions:
   * those stored after the last indexed one, since {@link #putNameKeys} indexes every report
   * stored before it at once.
   */
  public synchronized List<DocMentions> unnamedDocuments() throws StoreException {
    return mentionsOf("SELECT id, text FROM documents"
        + " WHERE id > (SELECT coalesce(max(doc), 0) FROM named_documents) ORDER BY id");
  }

  /**
   * Indexes reports' mentions by their lookup keys (dossier.resolve's), in one transaction.
   *
   * @param keys by report, each mention's keys by its position in the report's mention list
   */
  public synchronized void putNameKeys(Map<Long, List<List<String>>> keys) throws StoreException {
    inTransaction("cannot index names", () -> {
      try (PreparedStatement k = c.prepareStatement(
              "INSERT INTO name_keys(key, doc, ord) VALUES (?, ?, ?)");
          PreparedStatement d = c.prepareStatement(
              "INSERT OR IGNORE INTO named_documents(doc) VALUES (?)")) {
        for (Map.Entry<Long, List<List<String>>> doc : keys.entrySet()) {
          for (int ord = 0; ord < doc.getValue().size(); ord++) {
            for (String key : doc.getValue().get(ord)) {
              k.setString(1, key);
              k.setLong(2, doc.getKey());
              k.setInt(3, ord);
              k.addBatch();
            }
          }
          d.setLong(1, doc.getKey());
          d.addBatch();
        }
        k.executeBatch();
        d.executeBatch();
      }
      return null;
    });
  }

  /** Receives a stored mention found by one of its name keys. */
  public interface NamedMentionVisitor {
    void visit(String key, long doc, int ord, Mention mention);
  }

  /** Passes each mention having a name key that starts with {@code prefix} to {@code visitor}. */
  public synchronized void forEachNamed(String prefix, NamedMentionVisitor visitor)
      throws StoreException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT k.key, k.doc, k.ord, m.start, m.end, m.text, m.type FROM name_keys k"
            + " JOIN mentions m ON m.doc = k.doc AND m.ord = k.ord"
            + " WHERE k.key >= ? AND k.key < ? ORDER BY k.key, k.doc, k.ord")) {
      s.setString(1, prefix);
      s.setString(2, prefix + Character.MAX_VALUE);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          visitor.visit(r.getString(1), r.getLong(2), r.getInt(3), new Mention(
              new Span(r.getInt(4), r.getInt(5)), r.getString(6), EntityType.valueOf(r.getString(7))));
        }
      }
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

  /** The entity tables. */
  private static final class EntityRows {
    private final Connection c;

    EntityRows(Connection c) {
      this.c = c;
    }

    void replace(List<Entity> entities) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM entity_mentions");
        s.execute("DELETE FROM entities");
      }
      insert(entities, true);
    }

    /** The entities holding any of these mentions. */
    Set<Long> holding(List<Entity.At> mentions) throws SQLException {
      Set<Long> out = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT entity FROM entity_mentions WHERE doc = ? AND start = ? AND end = ?")) {
        for (Entity.At at : mentions) {
          s.setLong(1, at.doc());
          s.setInt(2, at.span().start());
          s.setInt(3, at.span().end());
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(r.getLong(1));
            }
          }
        }
      }
      return out;
    }

    /**
     * Replaces the entities holding the region by the new ones, each new one taking the id of
     * the old one that held its first stored mention, so that its unchanged rows stay.
     */
    void replaceHolding(List<Entity.At> region, List<Entity> entities) throws SQLException {
      Map<Long, Entity> old = new HashMap<>();
      Map<Entity.At, Long> heldBy = new HashMap<>();
      for (long id : holding(region)) {
        Entity e = read(id);
        old.put(id, e);
        e.mentions().forEach(at -> heldBy.put(at, id));
      }
      List<Entity> added = new ArrayList<>();
      for (Entity e : entities) {
        Long id = e.mentions().stream().map(heldBy::get).filter(old::containsKey).findFirst()
            .orElse(null);
        if (id == null) {
          added.add(e);
        } else {
          Entity before = old.remove(id);
          if (!before.equals(e)) {
            update(id, before, e);
          }
        }
      }
      delete(old.keySet());
      insert(added, false);
    }

    private Entity read(long id) throws SQLException {
      List<Entity.At> at = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT doc, start, end FROM entity_mentions WHERE entity = ? ORDER BY doc, start")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            at.add(new Entity.At(r.getLong(1), new Span(r.getInt(2), r.getInt(3))));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT * FROM entities WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return entity(r, at);
        }
      }
    }

    /** Rewrites an entity's row and only those of its mentions that changed. */
    private void update(long id, Entity old, Entity e) throws SQLException {
      Set<Entity.At> now = new HashSet<>(e.mentions());
      Set<Entity.At> before = new HashSet<>(old.mentions());
      try (PreparedStatement s = c.prepareStatement("UPDATE entities SET name = ?, type = ?,"
              + " aliases = ?, reasons = ?, mention_count = ?, first_doc = ?, first_start = ?"
              + " WHERE id = ?");
          PreparedStatement gone = c.prepareStatement(
              "DELETE FROM entity_mentions WHERE entity = ? AND doc = ? AND start = ? AND end = ?");
          PreparedStatement m = mentionInsert()) {
        row(s, 1, e);
        s.setLong(8, id);
        s.executeUpdate();
        for (Entity.At at : before) {
          if (!now.contains(at)) {
            mention(gone, id, at);
          }
        }
        for (Entity.At at : e.mentions()) {
          if (!before.contains(at)) {
            mention(m, id, at);
          }
        }
        gone.executeBatch();
        m.executeBatch();
      }
    }

    void delete(Set<Long> ids) throws SQLException {
      try (PreparedStatement m = c.prepareStatement("DELETE FROM entity_mentions WHERE entity = ?");
          PreparedStatement e = c.prepareStatement("DELETE FROM entities WHERE id = ?")) {
        for (long id : ids) {
          m.setLong(1, id);
          m.addBatch();
          e.setLong(1, id);
          e.addBatch();
        }
        m.executeBatch();
        e.executeBatch();
      }
    }

    /** Adds entities, numbered from 1 in list order into an empty table, else after the last. */
    void insert(List<Entity> entities, boolean numbered) throws SQLException {
      long id = numbered ? 0 : lastId();
      try (PreparedStatement e = c.prepareStatement("INSERT INTO entities(name, type, aliases,"
              + " reasons, mention_count, first_doc, first_start, id) VALUES (?,?,?,?,?,?,?,?)");
          PreparedStatement m = mentionInsert()) {
        for (Entity entity : entities) {
          id++;
          row(e, 1, entity);
          e.setLong(8, id);
          e.addBatch();
          for (Entity.At at : entity.mentions()) {
            mention(m, id, at);
          }
        }
        e.executeBatch();
        m.executeBatch();
      }
    }

    /** Sets an entity's seven columns from {@code at} on: its name to its rank. */
    private static void row(PreparedStatement s, int at, Entity e) throws SQLException {
      Entity.At first = e.mentions().stream().min(Comparator.comparingLong(Entity.At::doc)
          .thenComparingInt(a -> a.span().start())).orElse(new Entity.At(0, new Span(0, 0)));
      s.setString(at, e.name());
      s.setString(at + 1, e.type().name());
      s.setString(at + 2, Codec.strings(e.aliases()));
      s.setString(at + 3, Codec.strings(e.reasons()));
      s.setInt(at + 4, e.mentions().size());
      s.setLong(at + 5, first.doc());
      s.setInt(at + 6, first.span().start());
    }

    private PreparedStatement mentionInsert() throws SQLException {
      return c.prepareStatement("INSERT INTO entity_mentions(entity, doc, start, end) VALUES (?,?,?,?)");
    }

    /** Adds an entity's mention to a batch of {@link #mentionInsert} or of a delete alike. */
    private static void mention(PreparedStatement s, long id, Entity.At at) throws SQLException {
      s.setLong(1, id);
      s.setLong(2, at.doc());
      s.setInt(3, at.span().start());
      s.setInt(4, at.span().end());
      s.addBatch();
    }

    private static Entity entity(ResultSet r, List<Entity.At> mentions) throws SQLException {
      return new Entity(r.getString("name"), EntityType.valueOf(r.getString("type")),
          Codec.strings(r.getString("aliases")), mentions, Codec.strings(r.getString("reasons")));
    }

    private long lastId() throws SQLException {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM entities")) {
        return r.getLong(1);
      }
    }

    List<Entity> read() throws SQLException {
      Map<Long, List<Entity.At>> mentions = new LinkedHashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(
              "SELECT entity, doc, start, end FROM entity_mentions ORDER BY entity, doc, start")) {
        while (r.next()) {
          mentions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
              .add(new Entity.At(r.getLong(2), new Span(r.getInt(3), r.getInt(4))));
        }
      }
      List<Entity> out = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT * FROM entities"
              + " ORDER BY mention_count DESC, name, first_doc, first_start")) {
        while (r.next()) {
          out.add(entity(r, mentions.getOrDefault(r.getLong("id"), List.of())));
        }
      }
      return out;
    }
  }
}
