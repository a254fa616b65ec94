package dossier.resolve;

import dossier.model.EntityOfNames;
import dossier.model.EntityType;
import dossier.model.NameNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Names and the merges between them (union-find), each merge with its reason. */
final class NameGraph {
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Long, Node> byId = new HashMap<>();
  private final Map<String, List<Node>> byTypeKey = new HashMap<>();
  private final Map<Node, Node> parent = new HashMap<>();
  /** Each reason once: a surname joined in thousands of reports gives one reason, not one each. */
  private final Map<Node, Set<String>> reasons = new HashMap<>();
  private final Map<Node, Set<String>> aliases = new HashMap<>();
  private final Map<Node, List<Node>> members = new HashMap<>();
  private final List<String[]> apart = new ArrayList<>();

  /** One name, numbered in the order names were added. */
  static final class Node {
    final NameNode name;
    final int ordinal;
    /**
     * A bare surname of several reports that the user merged with itself: its reports' mentions
     * are one entity, as merging each report's with the others' would make them.
     */
    boolean together;

    Node(NameNode name, int ordinal) {
      this.name = name;
      this.ordinal = ordinal;
    }

    EntityType type() {
      return name.type();
    }

    String key() {
      return name.key();
    }

    List<String> words() {
      return name.words();
    }

    String form() {
      return name.form();
    }

    boolean bare() {
      return NameKeys.bareSurname(name);
    }
  }

  /** Adds a name; names come in the order of their first mention. */
  void add(NameNode n) {
    Node node = new Node(n, nodes.size());
    nodes.add(node);
    byId.put(n.id(), node);
    byTypeKey.computeIfAbsent(n.type() + "|" + n.key(), x -> new ArrayList<>()).add(node);
    parent.put(node, node);
    members.put(node, new ArrayList<>(List.of(node)));
  }

  Node node(long id) {
    return byId.get(id);
  }

  List<Node> people(Predicate<Node> p) {
    return nodes.stream().filter(n -> n.type() == EntityType.PERSON && p.test(n)).toList();
  }

  /** The nodes whose key is the name's key for their type, in the order they were added. */
  List<Node> byName(String name) {
    List<Node> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      out.addAll(byTypeKey.getOrDefault(type + "|" + Names.key(name, type), List.of()));
    }
    out.sort(Comparator.comparingInt(n -> n.ordinal));
    return out;
  }

  Set<Node> roots(List<Node> of) {
    Set<Node> out = new LinkedHashSet<>();
    for (Node n : of) {
      out.add(find(n));
    }
    return out;
  }

  /**
   * The root of a node's entity, found without recursion: a name joined from thousands of
   * others makes chains too long for the stack.
   */
  Node find(Node n) {
    Node root = n;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    for (Node at = n; at != root; ) {
      Node next = parent.get(at);
      parent.put(at, root);
      at = next;
    }
    return root;
  }

  /** Names the user split: no rule may put them in one entity. */
  void apart(String a, String b) {
    apart.add(new String[] {a, b});
  }

  void union(Node a, Node b, String reason) {
    Node ra = find(a);
    Node rb = find(b);
    if (ra == rb) {
      if (a == b && members.get(ra).size() == 1 && a.bare() && a.name.reports() > 1
          && !a.together && !keptApart(ra, ra)) {
        a.together = true;
        joined(ra, ra, reason);
      }
      return;
    }
    if (keptApart(ra, rb)) {
      return;
    }
    parent.put(rb, ra);
    members.get(ra).addAll(members.remove(rb));
    joined(ra, rb, reason);
  }

  private void joined(Node ra, Node rb, String reason) {
    Set<String> merged = reasons.computeIfAbsent(ra, k -> new LinkedHashSet<>());
    merged.addAll(reasons.getOrDefault(rb, Set.of()));
    merged.add(reason);
    aliases.computeIfAbsent(ra, k -> new LinkedHashSet<>())
        .addAll(aliases.getOrDefault(rb, Set.of()));
  }

  private boolean keptApart(Node ra, Node rb) {
    for (String[] pair : apart) {
      if ((holds(ra, pair[0]) && holds(rb, pair[1])) || (holds(ra, pair[1]) && holds(rb, pair[0]))) {
        return true;
      }
    }
    return false;
  }

  private boolean holds(Node root, String name) {
    return members.get(root).stream().anyMatch(n -> n.key().equals(Names.key(name, n.type())));
  }

  void alias(Node person, String alias, String reason) {
    Node root = find(person);
    if (aliases.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(alias)) {
      reasons.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(reason);
    }
  }

  /** The entities, each given by its names, in the order of their first names. */
  List<EntityOfNames> entities() {
    Map<Node, List<Node>> groups = new LinkedHashMap<>();
    for (Node n : nodes) {
      groups.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n);
    }
    List<EntityOfNames> out = new ArrayList<>();
    groups.forEach((root, group) -> out.add(entity(root, group)));
    return out;
  }

  private EntityOfNames entity(Node root, List<Node> group) {
    EntityType type = group.stream().anyMatch(n -> n.type() == EntityType.PERSON)
        && aliases.containsKey(root) ? EntityType.PERSON : root.type();
    Map<String, Integer> forms = new LinkedHashMap<>();
    Set<String> why = new LinkedHashSet<>(reasons.getOrDefault(root, Set.of()));
    for (Node n : group) {
      n.name.forms().forEach((f, c) -> forms.merge(f, c, Integer::sum));
      if (n.name.forms().size() > 1) {
        why.add("same name written differently: " + String.join(" / ", n.name.forms().keySet()));
      }
    }
    String name = forms.keySet().stream()
        .max(Comparator.comparingInt((String f) -> Names.fullness(f, type))
            .thenComparingInt(forms::get))
        .orElseThrow();
    Set<String> others = new LinkedHashSet<>(forms.keySet());
    others.addAll(aliases.getOrDefault(root, Set.of()));
    others.remove(name);
    boolean perReport = group.size() == 1 && root.bare() && root.name.reports() > 1
        && !root.together;
    return new EntityOfNames(name, type, List.copyOf(others), List.copyOf(why),
        group.stream().map(n -> n.name.id()).toList(), perReport);
  }
}
