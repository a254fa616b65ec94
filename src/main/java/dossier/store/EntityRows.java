package dossier.store;

import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entity tables; the caller owns the transaction. */
final class EntityRows {
  private final Connection c;

  EntityRows(Connection c) {
    this.c = c;
  }

  void replace(List<Entity> entities) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM entity_mentions");
      s.execute("DELETE FROM entities");
    }
    insert(entities);
  }

  /** Adds entities into an empty table, numbered from 1 in list order. */
  private void insert(List<Entity> entities) throws SQLException {
    long id = 0;
    try (PreparedStatement e = c.prepareStatement("INSERT INTO entities(name, type, aliases,"
            + " reasons, mention_count, first_doc, first_start, id) VALUES (?,?,?,?,?,?,?,?)");
        PreparedStatement m = mentionInsert()) {
      for (Entity entity : entities) {
        id++;
        Entity.At first = entity.mentions().stream().min(Comparator.comparingLong(Entity.At::doc)
            .thenComparingInt(a -> a.span().start())).orElse(new Entity.At(0, new Span(0, 0)));
        row(e, entity.name(), entity.type(), entity.aliases(), entity.reasons(),
            entity.mentions().size(), first);
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

  /** Sets an entity's seven columns from the first parameter on: its name to its rank. */
  static void row(PreparedStatement s, String name, EntityType type, List<String> aliases,
      List<String> reasons, int mentions, Entity.At first) throws SQLException {
    s.setString(1, name);
    s.setString(2, type.name());
    s.setString(3, Codec.strings(aliases));
    s.setString(4, Codec.strings(reasons));
    s.setInt(5, mentions);
    s.setLong(6, first.doc());
    s.setInt(7, first.span().start());
  }

  PreparedStatement mentionInsert() throws SQLException {
    return c.prepareStatement("INSERT INTO entity_mentions(entity, doc, start, end) VALUES (?,?,?,?)");
  }

  /** Adds an entity's mention to a batch of {@link #mentionInsert} or of a delete alike. */
  static void mention(PreparedStatement s, long id, Entity.At at) throws SQLException {
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
