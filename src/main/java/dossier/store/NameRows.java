package dossier.store;

import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.NameNode;
import dossier.model.NameUse;
import dossier.model.Span;
import java.sql.Connection;
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
 * The names the resolver compares ({@link NameNode}), each with its reports' uses added up as
 * they are stored, found by their lookup keys; the caller owns the transaction. A name in
 * thousands of reports is one row, so resolving a new report reads as many rows as it has
 * names, whatever the store's size.
 */
final class NameRows {
  private final Connection c;

  NameRows(Connection c) {
    this.c = c;
  }

  /** Adds reports' uses of names, the reports in the order they were stored. */
  void add(Map<Long, List<NameUse>> uses) throws SQLException {
    try (PreparedStatement name = c.prepareStatement("INSERT INTO name_nodes(name, type, key,"
            + " beside, mentions, reports, first_doc, first_ord, first_start, first_end)"
            + " VALUES (?,?,?,?,?,1,?,?,?,?) ON CONFLICT(name) DO UPDATE SET"
            + " mentions = mentions + excluded.mentions, reports = reports + 1 RETURNING id");
        PreparedStatement form = c.prepareStatement("INSERT INTO name_forms(node, form, count)"
            + " VALUES (?,?,?) ON CONFLICT(node, form) DO UPDATE SET count = count + excluded.count");
        PreparedStatement key = c.prepareStatement(
            "INSERT OR IGNORE INTO name_keys(key, node) VALUES (?,?)");
        PreparedStatement at = c.prepareStatement(
            "INSERT INTO name_uses(node, doc, ord) VALUES (?,?,?)");
        PreparedStatement given = c.prepareStatement(
            "INSERT OR IGNORE INTO name_given(node, alias, doc, seq) VALUES (?,?,?,?)")) {
      for (Map.Entry<Long, List<NameUse>> doc : uses.entrySet()) {
        for (NameUse u : doc.getValue()) {
          long id = node(name, u);
          for (Map.Entry<String, Integer> f : u.forms().entrySet()) {
            set(form, id, f.getKey(), f.getValue());
          }
          for (String k : u.keys()) {
            set(key, k, id);
          }
          for (int ord : u.ords()) {
            set(at, id, doc.getKey(), ord);
          }
          for (NameUse.Given g : u.given()) {
            set(given, id, g.alias(), g.doc(), g.seq());
          }
        }
        for (PreparedStatement s : List.of(form, key, at, given)) {
          s.executeBatch();
        }
      }
    }
  }

  private static long node(PreparedStatement s, NameUse u) throws SQLException {
    s.setString(1, u.name());
    s.setString(2, u.type().name());
    s.setString(3, u.key());
    s.setString(4, Codec.strings(u.beside()));
    s.setInt(5, u.ords().size());
    s.setLong(6, u.first().doc());
    s.setInt(7, u.ords().get(0));
    s.setInt(8, u.first().span().start());
    s.setInt(9, u.first().span().end());
    try (ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void set(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    s.addBatch();
  }

  /** Passes every name having a key that starts with {@code prefix} to {@code sink}. */
  void forEach(String prefix, Consumer<NameNode> sink) throws SQLException {
    List<NameNode> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT n.* FROM name_keys k"
            + " JOIN name_nodes n ON n.id = k.node WHERE k.key >= ? AND k.key < ?");
        PreparedStatement forms = c.prepareStatement(
            "SELECT form, count FROM name_forms WHERE node = ? ORDER BY rowid");
        PreparedStatement given = c.prepareStatement(
            "SELECT alias, doc, seq FROM name_given WHERE node = ? ORDER BY doc, seq")) {
      s.setString(1, prefix);
      s.setString(2, prefix + Character.MAX_VALUE);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(node(r, forms, given));
        }
      }
    }
    found.forEach(sink);
  }

  private static NameNode node(ResultSet r, PreparedStatement forms, PreparedStatement given)
      throws SQLException {
    long id = r.getLong("id");
    Map<String, Integer> f = new LinkedHashMap<>();
    forms.setLong(1, id);
    try (ResultSet x = forms.executeQuery()) {
      while (x.next()) {
        f.put(x.getString(1), x.getInt(2));
      }
    }
    List<NameUse.Given> g = new ArrayList<>();
    given.setLong(1, id);
    try (ResultSet x = given.executeQuery()) {
      while (x.next()) {
        g.add(new NameUse.Given(x.getLong(2), x.getInt(3), x.getString(1)));
      }
    }
    return new NameNode(id, r.getString("name"), EntityType.valueOf(r.getString("type")),
        r.getString("key"), Codec.strings(r.getString("beside")), f, r.getInt("mentions"),
        r.getInt("reports"), r.getInt("first_ord"), new Entity.At(r.getLong("first_doc"),
        new Span(r.getInt("first_start"), r.getInt("first_end"))), g);
  }

  /**
   * Records each name's entity after all were rewritten: the one holding its first mention, or
   * none for a bare surname whose reports each have an entity of their own (that entity holds
   * fewer mentions than the name).
   */
  void placeAll() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("UPDATE name_nodes SET entity = (SELECT m.entity FROM entity_mentions m"
          + " WHERE m.doc = first_doc AND m.start = first_start AND m.end = first_end)");
      s.execute("UPDATE name_nodes SET entity = NULL WHERE reports > 1"
          + " AND mentions > (SELECT e.mention_count FROM entities e WHERE e.id = entity)");
    }
  }
}
