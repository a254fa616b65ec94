package dossier.store;

import dossier.model.Claim;
import dossier.model.Copy;
import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.FactRef;
import dossier.model.Quantity;
import dossier.model.Span;
import dossier.model.Stance;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Read-only, paginated queries over the knowledge base, for the HTTP API. Each call borrows one
 * of a few read-only connections, so requests read side by side (WAL) while a build writes.
 * Facts are linked to entities by where their words are: a claim is by the entity whose mention
 * overlaps its source's words (the longest such mention), and about every entity mentioned
 * inside its content; an event involves the entities of its actor, target and location. Those
 * links are worked out when the queries open (see {@link QueryLinks}): after a build, open new
 * queries. Every value reaches SQL as a parameter.
 */
public final class Queries implements AutoCloseable {
  /**
   * Readers at once; more requests wait for one, in turn. As many as a loaded server has
   * requests under way, since one request may borrow a reader several times.
   */
  private static final int READERS = 8;

  /** One page of results and how many there are in all. */
  public record Page<T>(List<T> items, long total) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /** What a list shows of a report. */
  public record DocumentInfo(long id, String origin, String title, String outlet, String author,
      LocalDate published, DateSource publishedSource, String language, int claims, int events) {
    /** The report as the facts in it name it. */
    public DocumentRef ref() {
      return new DocumentRef(id, title, outlet, published);
    }
  }

  /** What a fact shows of the report it comes from. */
  public record DocumentRef(long id, String title, String outlet, LocalDate published) {}

  /** A claim with where it is and the entity that makes it (null when none is resolved). */
  public record ClaimRow(FactRef ref, Claim claim, Long source, DocumentRef doc) {}

  /** An event with the entities of its actor, target and location (each null when unresolved). */
  public record EventRow(FactRef ref, Event event, Long actor, Long target, Long location,
      DocumentRef doc) {}

  /** A resolved entity with how often and in how many reports it is mentioned. */
  public record EntityRow(long id, String name, EntityType type, List<String> aliases,
      List<String> reasons, int mentions, int documents) {}

  /** Where an entity is mentioned, with the words used there. */
  public record EntityMention(long entity, long doc, Span span, String text) {}

  /** A report that matched a search, with its whole text and where the words matched. */
  public record SearchHit(DocumentInfo doc, String text, List<Span> matches) {}

  /** Two entities that appear together in claims or as actor and target of events. */
  public record Edge(long a, long b, int claims, int events) {}

  /** How a claim involves an entity. */
  public enum Role { SOURCE, MENTIONED, ANY }

  /** Which claims to list; null fields do not filter. {@code role} applies with {@code entity}. */
  public record ClaimFilter(Long entity, Role role, Stance stance, Long doc, LocalDate from,
      LocalDate to) {}

  /** Which events to list; null fields do not filter. */
  public record EventFilter(Long entity, Long doc, String type) {}

  /** The order of resolution, kept as entities are replaced: the index entities_rank holds it. */
  private static final String ENTITY_RANK =
      "e.mention_count DESC, e.name, e.first_doc, e.first_start";

  private final Path file;
  private final BlockingQueue<Reader> readers = new ArrayBlockingQueue<>(READERS, true);

  private Queries(Path file) {
    this.file = file;
  }

  static Queries open(Path file) throws StoreException {
    Queries q = new Queries(file);
    try {
      String links = QueryLinks.newName();
      for (int i = 0; i < READERS; i++) {
        Connection c = reader(file, links);
        q.readers.add(new Reader(c));
        if (i == 0) {
          // The in-memory links live while any reader has them attached.
          QueryLinks.build(c);
        }
        queryOnly(c);
      }
      return q;
    } catch (SQLException e) {
      q.close();
      throw new StoreException(file, "cannot open the knowledge base for reading: " + e.getMessage(), e);
    }
  }

  private static Connection reader(Path file, String links) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      s.execute("PRAGMA mmap_size = 268435456");
    }
    QueryLinks.attach(c, links);
    return c;
  }

  private static void queryOnly(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA query_only = ON");
    }
  }

  // Documents.

  public Page<DocumentInfo> documents(int limit, int offset) throws StoreException {
    return read("cannot list documents", c -> {
      List<DocumentInfo> out = new ArrayList<>();
      try (ResultSet r = c.query("SELECT " + QueryRows.DOC_INFO
          + " FROM documents d ORDER BY d.id LIMIT ? OFFSET ?", List.of(limit, offset))) {
        while (r.next()) {
          out.add(QueryRows.docInfo(r));
        }
      }
      return new Page<>(out, c.count("SELECT count(*) FROM documents", List.of()));
    });
  }

  /** A whole stored report with all its facts, or empty when there is none with this id. */
  public Optional<StoredDocument> document(long id) throws StoreException {
    return read("cannot read document " + id, c -> {
      try (ResultSet r = c.query("SELECT * FROM documents WHERE id = ?", List.of(id))) {
        return r.next() ? Optional.of(new DocumentReader(c.connection()).read(r))
            : Optional.empty();
      }
    });
  }

  /** The earlier reports that this one copies. */
  public List<Copy> copiesOf(long doc) throws StoreException {
    return read("cannot read lineage", c -> {
      List<Copy> out = new ArrayList<>();
      try (ResultSet r = c.query(
          "SELECT doc, copy_of, similarity FROM lineage WHERE doc = ? ORDER BY copy_of",
          List.of(doc))) {
        while (r.next()) {
          out.add(new Copy(r.getLong(1), r.getLong(2), r.getDouble(3)));
        }
      }
      return out;
    });
  }

  /** The resolved mentions in one report, in text order. */
  public List<EntityMention> mentionsIn(long doc) throws StoreException {
    return read("cannot read mentions", c -> QueryRows.mentions(c,
        "m.doc = ? ORDER BY m.start, m.end", List.of(doc)));
  }

  // Entities.

  /**
   * Entities in resolution order (the most mentioned first), optionally of one type and with a
   * name or alias containing {@code name}.
   */
  public Page<EntityRow> entities(EntityType type, String name, int limit, int offset)
      throws StoreException {
    QueryRows.Where w = new QueryRows.Where();
    if (type != null) {
      w.and("e.type = ?", type.name());
    }
    if (name != null) {
      String like = "%" + QueryRows.escapeLike(name) + "%";
      w.and("(e.name LIKE ? ESCAPE '\\' OR e.aliases LIKE ? ESCAPE '\\')", like, like);
    }
    return read("cannot list entities", c -> {
      List<EntityRow> out = QueryRows.entities(c, w.sql() + " ORDER BY " + ENTITY_RANK
          + " LIMIT ? OFFSET ?", w.with(limit, offset));
      return new Page<>(out, c.count("SELECT count(*) FROM entities e" + w.sql(), w.params()));
    });
  }

  public Optional<EntityRow> entity(long id) throws StoreException {
    return read("cannot read entity " + id, c ->
        QueryRows.entities(c, " WHERE e.id = ?", List.of(id)).stream().findFirst());
  }

  public Page<EntityMention> mentionsOf(long entity, int limit, int offset) throws StoreException {
    return read("cannot read mentions", c -> new Page<>(
        QueryRows.mentions(c, "m.entity = ? ORDER BY m.doc, m.start LIMIT ? OFFSET ?",
            List.of(entity, limit, offset)),
        QueryRows.entityCount(c, entity, "mentions")));
  }

  // Claims.

  public Page<ClaimRow> claims(ClaimFilter f, int limit, int offset) throws StoreException {
    QueryRows.Keys keys = ClaimQuery.keys(f);
    return read("cannot list claims", c ->
        new Page<>(ClaimQuery.page(c, keys, limit, offset), ClaimQuery.count(c, f, keys)));
  }

  /** Every claim of the given reports, in store order. */
  public List<ClaimRow> claimsIn(List<Long> docs) throws StoreException {
    if (docs.isEmpty()) {
      return List.of();
    }
    return read("cannot read claims", c -> ClaimQuery.in(c, docs));
  }

  /** The claims whose evidence holds one of a search hit's matches, in store order. */
  public List<ClaimRow> claimsHolding(List<SearchHit> hits) throws StoreException {
    if (hits.isEmpty()) {
      return List.of();
    }
    return read("cannot read claims", c -> ClaimQuery.holding(c, hits));
  }

  public Optional<ClaimRow> claim(FactRef ref) throws StoreException {
    return read("cannot read a claim", c -> ClaimQuery.one(c, ref).stream().findFirst());
  }

  public Optional<Quantity> quantity(FactRef ref) throws StoreException {
    return read("cannot read a quantity", c -> {
      try (ResultSet r = c.query("SELECT * FROM quantities WHERE doc = ? AND ord = ?",
          List.of(ref.doc(), ref.index()))) {
        return r.next() ? Optional.of(QueryRows.quantity(r)) : Optional.empty();
      }
    });
  }

  // Events.

  /** Events in time order: dated ones first, earliest first, then undated ones in store order. */
  public Page<EventRow> events(EventFilter f, int limit, int offset) throws StoreException {
    QueryRows.Keys keys = EventQuery.keys(f);
    return read("cannot list events", c ->
        new Page<>(EventQuery.page(c, keys, limit, offset), EventQuery.count(c, f, keys)));
  }

  public Optional<EventRow> event(FactRef ref) throws StoreException {
    return read("cannot read an event", c -> EventQuery.one(c, ref).stream().findFirst());
  }

  // Search and graph.

  /**
   * Reports whose title or text match an FTS5 query, best first, with where the text matched.
   * A malformed query is a {@link StoreException}; callers should pass quoted terms.
   */
  public Page<SearchHit> search(String ftsQuery, int limit, int offset) throws StoreException {
    return read("cannot search for " + ftsQuery, c -> {
      List<SearchHit> hits = SearchQuery.hits(c, ftsQuery, limit, offset);
      // A page that is not full, and not past the end, is the last: the rest need no counting.
      boolean last = hits.size() < limit && (offset == 0 || !hits.isEmpty());
      return new Page<>(hits, last ? offset + hits.size() : c.count(
          "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", List.of(ftsQuery)));
    });
  }

  /** Every pair of entities linked by a claim (source or content) or by an event's actor and target. */
  public List<Edge> edges() throws StoreException {
    return read("cannot read the entity graph", c -> GraphQuery.edges(c.connection()));
  }

  @Override
  public void close() {
    Reader c;
    while ((c = readers.poll()) != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // Readers hold no changes; nothing is lost.
      }
    }
  }

  /** Work on one borrowed reader. */
  interface Read<T> {
    T run(Reader r) throws SQLException;
  }

  private <T> T read(String what, Read<T> work) throws StoreException {
    Reader c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(file, what + ": interrupted", e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(file, what + ": " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }
}
