package dossier.resolve;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stored mentions that new reports' names can reach through the rules of {@link Resolver}:
 * every mention of their names, of the names sharing a lead or surname with them, of the names
 * given as aliases and of the names the user merged, and so on until nothing new is reached.
 * Every rule decides a merge by comparing names that reach each other, so resolving these
 * mentions alone gives their entities exactly as resolving the whole store would, and every
 * entity stored before that holds one of them lies wholly inside.
 */
final class Neighbourhood {
  private record Row(String key, long doc, int ord, Mention mention) {}

  private record Node(EntityType type, String key, long scope) {}

  private final NameLookup lookup;
  /** The names the user merged with a name, by the name's node for each type. */
  private final Map<String, List<String>> mergedWith = new HashMap<>();
  private final Map<String, List<Row>> fetched = new HashMap<>();
  private final Map<String, Map<Long, List<Row>>> fetchedByDoc = new HashMap<>();
  private final Set<String> added = new HashSet<>();
  private final Map<Long, TreeMap<Integer, Mention>> mentions = new TreeMap<>();
  private final Map<String, AliasFinder.Alias> aliases = new TreeMap<>();
  /** Each name reached, with its first mention. */
  private final Map<Node, Row> nodes = new HashMap<>();
  private final Deque<Node> queue = new ArrayDeque<>();

  Neighbourhood(NameLookup lookup, List<Correction> corrections) {
    this.lookup = lookup;
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.MERGE) {
        merged(c.a(), c.b());
        merged(c.b(), c.a());
      }
    }
  }

  /** Reaches out from the given reports' mentions. */
  Neighbourhood from(List<DocMentions> docs) {
    for (DocMentions d : docs) {
      for (int ord = 0; ord < d.mentions().size(); ord++) {
        add(d.doc(), ord, d.mentions().get(ord));
      }
    }
    while (!queue.isEmpty()) {
      expand(queue.poll());
    }
    return this;
  }

  /** The reached mentions, by report in store order, each report's in its own order. */
  List<DocMentions> docs() {
    List<DocMentions> out = new ArrayList<>();
    mentions.forEach((doc, m) -> out.add(new DocMentions(doc, "", List.copyOf(m.values()))));
    return out;
  }

  /** The aliases given to reached people, by report and then as the report gives them. */
  List<AliasFinder.Alias> aliases() {
    return List.copyOf(aliases.values());
  }

  /**
   * One mention of each name reached, its first: a name's mentions are all in one entity, and
   * a name stored before has its first mention in a stored report.
   */
  List<Entity.At> names() {
    return nodes.values().stream().map(r -> new Entity.At(r.doc(), r.mention().span())).toList();
  }

  private void add(long doc, int ord, Mention m) {
    if (mentions.computeIfAbsent(doc, d -> new TreeMap<>()).putIfAbsent(ord, m) == null) {
      String key = NameKeys.nodeKey(m);
      Node n = new Node(m.type(), key, NameKeys.bareSurname(m.type(), key) ? doc : -1);
      Row at = new Row(null, doc, ord, m);
      if (nodes.putIfAbsent(n, at) == null) {
        queue.add(n);
      } else {
        nodes.merge(n, at, (a, b) -> a.doc() < b.doc() || a.doc() == b.doc() && a.ord() < b.ord() ? a : b);
      }
    }
  }

  private void expand(Node n) {
    String node = NameKeys.node(n.type(), n.key());
    if (n.scope() >= 0) {
      rowsIn(NameKeys.NODE + node, n.scope()).forEach(this::add);
      addAll(NameKeys.SURNAME + n.key() + "|");
    } else {
      addAll(NameKeys.NODE + node);
      person(n);
    }
    addAll(NameKeys.ALIAS + node);
    String given = NameKeys.GIVEN + node;
    for (Row r : n.scope() < 0 ? rows(given) : rowsIn(given, n.scope())) {
      given(r, given);
    }
    mergedWith.getOrDefault(node, List.of()).forEach(this::named);
  }

  /** A full name reaches its longer forms and the bare surnames that may stand for it. */
  private void person(Node n) {
    List<String> words = List.of(n.key().split(" "));
    if (n.type() == EntityType.PERSON && words.size() >= 2) {
      addAll(NameKeys.LEAD + words.get(0) + " " + words.get(1) + "|");
      for (String surname : NameKeys.surnames(words)) {
        addAll(NameKeys.NODE + NameKeys.node(EntityType.PERSON, surname));
      }
    }
  }

  private void given(Row r, String prefix) {
    String[] seqAlias = NameKeys.givenTail(r.key(), prefix);
    aliases.put(String.format("%020d|%s", r.doc(), seqAlias[0]),
        new AliasFinder.Alias(r.doc(), r.mention(), seqAlias[1]));
    add(r);
    named(seqAlias[1]);
  }

  private void merged(String name, String other) {
    for (EntityType type : EntityType.values()) {
      mergedWith.computeIfAbsent(NameKeys.node(type, Names.key(name, type)), k -> new ArrayList<>())
          .add(other);
    }
  }

  /** Every name that a written name can stand for, whatever its type. */
  private void named(String name) {
    for (EntityType type : EntityType.values()) {
      addAll(NameKeys.NODE + NameKeys.node(type, Names.key(name, type)));
    }
  }

  /** Adds every mention under a prefix, once: a common surname is reached from many names. */
  private void addAll(String prefix) {
    if (added.add(prefix)) {
      rows(prefix).forEach(this::add);
    }
  }

  private void add(Row r) {
    add(r.doc(), r.ord(), r.mention());
  }

  /** The rows of one report under a prefix: a bare surname stands for someone in its report. */
  private List<Row> rowsIn(String prefix, long doc) {
    return fetchedByDoc.computeIfAbsent(prefix, p -> {
      Map<Long, List<Row>> byDoc = new HashMap<>();
      rows(p).forEach(r -> byDoc.computeIfAbsent(r.doc(), d -> new ArrayList<>()).add(r));
      return byDoc;
    }).getOrDefault(doc, List.of());
  }

  private List<Row> rows(String prefix) {
    return fetched.computeIfAbsent(prefix, p -> {
      List<Row> out = new ArrayList<>();
      lookup.withKeyPrefix(p, (key, doc, ord, m) -> out.add(new Row(key, doc, ord, m)));
      return out;
    });
  }
}
