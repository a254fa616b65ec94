package dossier.store;

import dossier.model.Entity;
import dossier.model.EntityOfNames;
import dossier.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes entities given by their names in place of those that held the names, by difference:
 * an entity keeps its id and its rows, gaining only the new reports' mentions, while each of its
 * names stays in it; only the mentions of a name that moved are rewritten. The caller owns the
 * transaction.
 */
final class EntityOfNamesRows {
  /**
   * A name's row: what it holds and, when stored before, the entity it was in (or none) and
   * how many mentions that entity held.
   */
  private record Name(long id, int mentions, Entity.At first, Long entity, int entitySize,
      boolean old) {}

  private final Connection c;
  private final long firstNew;
  private final Map<Long, Name> names = new HashMap<>();
  private final Set<Long> claimed = new HashSet<>();

  /** @param firstNew the first report stored since the last resolution */
  EntityOfNamesRows(Connection c, long firstNew) {
    this.c = c;
    this.firstNew = firstNew;
  }

  void write(List<EntityOfNames> entities) throws SQLException {
    for (EntityOfNames e : entities) {
      for (long id : e.names()) {
        names.put(id, read(id));
      }
    }
    Set<Long> before = new HashSet<>();
    names.values().stream().filter(n -> n.old() && n.entity() != null)
        .forEach(n -> before.add(n.entity()));
    for (EntityOfNames e : entities) {
      if (e.perReport()) {
        perReport(e, names.get(e.names().get(0)));
      } else {
        joined(e);
      }
    }
    before.removeAll(claimed);
    for (long gone : before) {
      delete(gone);
    }
  }

  /**
   * An entity of several names keeps the id of the largest entity not yet taken that held one
   * of them, so that the fewest rows move.
   */
  private void joined(EntityOfNames e) throws SQLException {
    Long id = null;
    int largest = -1;
    int mentions = 0;
    Entity.At first = null;
    for (long n : e.names()) {
      Name name = names.get(n);
      if (name.old() && name.entity() != null && !claimed.contains(name.entity())
          && name.entitySize() > largest) {
        id = name.entity();
        largest = name.entitySize();
      }
      mentions += name.mentions();
      first = first == null || before(name.first(), first) ? name.first() : first;
    }
    id = entityRow(id, e, mentions, first);
    claimed.add(id);
    for (long n : e.names()) {
      Name name = names.get(n);
      if (name.old() && name.entity() == null) {
        deleteEntitiesHolding(n);
        moveMentions(id, mentionsOf(n, 0));
      } else {
        if (name.old() && !Objects.equals(name.entity(), id)) {
          moveRows(n, id);
        }
        addMentions(id, mentionsOf(n, firstNew));
      }
      place(n, id);
    }
  }

  /**
   * A bare surname that joined no one is an entity in each of its reports; those stored before
   * stay as they were when it was so before.
   */
  private void perReport(EntityOfNames e, Name name) throws SQLException {
    boolean wasPerReport = name.old() && name.entity() == null;
    Map<Long, List<Entity.At>> byReport = new LinkedHashMap<>();
    for (Entity.At at : mentionsOf(name.id(), wasPerReport ? firstNew : 0)) {
      byReport.computeIfAbsent(at.doc(), d -> new ArrayList<>()).add(at);
    }
    for (List<Entity.At> at : byReport.values()) {
      long id = entityRow(null, e, at.size(), at.get(0));
      moveMentions(id, at);
    }
    place(name.id(), null);
  }

  private static boolean before(Entity.At a, Entity.At b) {
    return a.doc() < b.doc() || a.doc() == b.doc() && a.span().start() < b.span().start();
  }

  private Name read(long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT n.mentions, n.first_doc,"
        + " n.first_start, n.first_end, n.entity, coalesce(e.mention_count, 0) FROM name_nodes n"
        + " LEFT JOIN entities e ON e.id = n.entity WHERE n.id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long doc = r.getLong(2);
        return new Name(id, r.getInt(1), new Entity.At(doc, new Span(r.getInt(3), r.getInt(4))),
            r.getObject(5) == null ? null : r.getLong(5), r.getInt(6), doc < firstNew);
      }
    }
  }

  /** The mentions of a name in reports from {@code fromDoc} on, in text order. */
  private List<Entity.At> mentionsOf(long name, long fromDoc) throws SQLException {
    List<Entity.At> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT u.doc, m.start, m.end FROM name_uses u"
        + " JOIN mentions m ON m.doc = u.doc AND m.ord = u.ord WHERE u.node = ? AND u.doc >= ?"
        + " ORDER BY u.doc, m.start")) {
      s.setLong(1, name);
      s.setLong(2, fromDoc);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new Entity.At(r.getLong(1), new Span(r.getInt(2), r.getInt(3))));
        }
      }
    }
    return out;
  }

  /** Updates entity {@code id}'s row, or adds a row when {@code id} is null; returns its id. */
  private long entityRow(Long id, EntityOfNames e, int mentions, Entity.At first)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(id == null
        ? "INSERT INTO entities(name, type, aliases, reasons, mention_count, first_doc,"
            + " first_start) VALUES (?,?,?,?,?,?,?) RETURNING id"
        : "UPDATE entities SET name = ?, type = ?, aliases = ?, reasons = ?, mention_count = ?,"
            + " first_doc = ?, first_start = ? WHERE id = ? RETURNING id")) {
      EntityRows.row(s, e.name(), e.type(), e.aliases(), e.reasons(), mentions, first);
      if (id != null) {
        s.setLong(8, id);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void addMentions(long id, List<Entity.At> mentions) throws SQLException {
    try (PreparedStatement m = new EntityRows(c).mentionInsert()) {
      for (Entity.At at : mentions) {
        EntityRows.mention(m, id, at);
      }
      m.executeBatch();
    }
  }

  /** Moves the stored rows of a name's mentions into entity {@code id}, in one statement. */
  private void moveRows(long name, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE entity_mentions SET entity = ?"
        + " WHERE rowid IN (SELECT e.rowid FROM name_uses u JOIN mentions m"
        + " ON m.doc = u.doc AND m.ord = u.ord JOIN entity_mentions e"
        + " ON e.doc = m.doc AND e.start = m.start AND e.end = m.end WHERE u.node = ?)")) {
      s.setLong(1, id);
      s.setLong(2, name);
      s.executeUpdate();
    }
  }

  /** Moves mentions, stored in an entity or not yet, into entity {@code id}. */
  private void moveMentions(long id, List<Entity.At> mentions) throws SQLException {
    try (PreparedStatement gone = c.prepareStatement(
        "DELETE FROM entity_mentions WHERE doc = ? AND start = ? AND end = ?")) {
      for (Entity.At at : mentions) {
        gone.setLong(1, at.doc());
        gone.setInt(2, at.span().start());
        gone.setInt(3, at.span().end());
        gone.addBatch();
      }
      gone.executeBatch();
    }
    addMentions(id, mentions);
  }

  /** Deletes the entities of each report's mentions of a bare surname that joins someone now. */
  private void deleteEntitiesHolding(long name) throws SQLException {
    Set<Long> ids = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement("SELECT e.entity FROM name_uses u"
        + " JOIN mentions m ON m.doc = u.doc AND m.ord = u.ord JOIN entity_mentions e"
        + " ON e.doc = m.doc AND e.start = m.start AND e.end = m.end WHERE u.node = ?")) {
      s.setLong(1, name);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    for (long id : ids) {
      delete(id);
    }
  }

  private void delete(long id) throws SQLException {
    for (String sql : List.of("DELETE FROM entity_mentions WHERE entity = ?",
        "DELETE FROM entities WHERE id = ?")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, id);
        s.executeUpdate();
      }
    }
  }

  private void place(long name, Long entity) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE name_nodes SET entity = ? WHERE id = ?")) {
      s.setObject(1, entity);
      s.setLong(2, name);
      s.executeUpdate();
    }
  }
}
