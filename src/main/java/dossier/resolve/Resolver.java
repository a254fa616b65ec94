package dossier.resolve;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins mentions across reports into entities. Forms of one name that differ only in accents,
 * case, titles or possessives are one entity; a bare surname joins the one full name that it
 * can belong to (in its own report first, else in the corpus) and stays apart when two people
 * share it; a name given as someone's nom de guerre or alias joins that person. Every merge
 * records its reason. The user's corrections come last and win: a split keeps two names apart
 * through every rule, a merge joins them.
 */
public final class Resolver {

  /**
   * The order of entities: the most mentioned first, then by name, then by first mention, so
   * that a store can keep it without the whole list at hand.
   */
  private static final Comparator<Entity> ORDER = Comparator
      .comparingInt((Entity x) -> -x.mentions().size()).thenComparing(Entity::name)
      .thenComparing(x -> x.mentions().get(0), Comparator.comparingLong(Entity.At::doc)
          .thenComparingInt(a -> a.span().start()));

  /** Entities over all documents, the most mentioned first. */
  public List<Entity> resolve(List<DocMentions> docs) {
    return resolve(docs, List.of());
  }

  /** Entities over all documents with the user's corrections applied. */
  public List<Entity> resolve(List<DocMentions> docs, List<Correction> corrections) {
    AliasFinder finder = new AliasFinder();
    List<AliasFinder.Alias> aliases = new ArrayList<>();
    docs.forEach(d -> aliases.addAll(finder.find(d)));
    return resolve(docs, aliases, corrections);
  }

  /**
   * New reports' entities, and one mention of each name they were resolved over: they replace
   * every stored entity holding one of those mentions.
   */
  public record Around(List<Entity> entities, List<Entity.At> names) {}

  /**
   * Resolves new reports against the stored names they can join, found through {@code lookup}
   * rather than by reading the whole store: the entities come out exactly as from
   * {@link #resolve} over every stored report, and they replace every stored entity that holds
   * one of the returned names' mentions. The new reports' names must already be stored under
   * their {@link #nameKeys}.
   */
  public Around resolveAround(List<DocMentions> fresh, NameLookup lookup,
      List<Correction> corrections) {
    Neighbourhood reached = new Neighbourhood(lookup, corrections).from(fresh);
    return new Around(resolve(reached.docs(), reached.aliases(), corrections), reached.names());
  }

  /**
   * The keys under which the store indexes each of a report's mentions (by position in its
   * mention list) for {@link #resolveAround}.
   */
  public static List<List<String>> nameKeys(DocMentions doc) {
    return NameKeys.of(doc);
  }

  private List<Entity> resolve(List<DocMentions> docs, List<AliasFinder.Alias> aliases,
      List<Correction> corrections) {
    Graph g = new Graph();
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.SPLIT) {
        g.apart(c.a(), c.b());
      }
    }
    for (DocMentions doc : docs) {
      for (Mention m : doc.mentions()) {
        g.add(doc.doc(), m);
      }
    }
    joinLongerForms(g);
    joinSurnames(g);
    joinAliases(g, aliases);
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.MERGE) {
        for (Graph.Node a : g.byName(c.a())) {
          for (Graph.Node b : g.byName(c.b())) {
            g.union(a, b, "merged by the user: " + c.a() + " / " + c.b());
          }
        }
      }
    }
    return g.entities();
  }

  /** "Vladimir Padrino" joins "Vladimir Padrino López" when that is its only longer form. */
  private static void joinLongerForms(Graph g) {
    PeopleIndex index = new PeopleIndex(g.people(n -> true));
    for (Graph.Node shorter : g.people(n -> n.words().size() >= 2)) {
      List<Graph.Node> longer = index.longerForms(shorter);
      if (longer.size() == 1) {
        g.union(shorter, longer.get(0), "longer form: " + shorter.form() + " / "
            + longer.get(0).form());
      }
    }
  }

  /**
   * A bare surname joins the one person of that surname in its report; failing that, the one in
   * the corpus. Where two people share it, it is left alone: a wrong merge misleads more than a
   * missed one.
   */
  private static void joinSurnames(Graph g) {
    PeopleIndex index = new PeopleIndex(g.people(n -> true));
    for (Graph.Node bare : g.people(n -> n.words().size() == 1)) {
      String surname = bare.words().get(0);
      List<Graph.Node> corpus = index.withSurname(surname);
      List<Graph.Node> sameDoc = corpus.stream().filter(n -> n.docs().contains(bare.doc())).toList();
      Set<Graph.Node> sameDocRoots = g.roots(sameDoc);
      if (sameDocRoots.size() == 1) {
        g.union(bare, sameDoc.get(0), "surname in the same report: " + bare.form() + " / "
            + sameDoc.get(0).form());
        continue;
      }
      if (!sameDocRoots.isEmpty()) {
        continue;
      }
      if (g.roots(corpus).size() == 1) {
        g.union(bare, corpus.get(0), "surname, the only person of that name in the corpus: "
            + bare.form() + " / " + corpus.get(0).form());
      }
    }
  }

  private static void joinAliases(Graph g, List<AliasFinder.Alias> aliases) {
    for (AliasFinder.Alias a : aliases) {
      Graph.Node person = g.node(a.doc(), a.person());
      g.alias(person, a.alias(), "nom de guerre or alias given in the report: " + a.alias()
          + " / " + person.form());
      for (Graph.Node other : g.byName(a.alias())) {
        g.union(person, other, "mentions of the alias " + a.alias() + " joined to " + person.form());
      }
    }
  }

  /**
   * People's names by the words they start with and by surname, so that each name's longer
   * forms and namesakes are looked up rather than found by scanning every name (quadratic on a
   * large store). Lists keep the graph's order, so merges come out as a scan would make them.
   */
  private static final class PeopleIndex {
    private final Map<String, List<Graph.Node>> byPrefix = new HashMap<>();
    private final Map<String, List<Graph.Node>> bySurname = new HashMap<>();

    PeopleIndex(List<Graph.Node> people) {
      for (Graph.Node n : people) {
        List<String> w = n.words();
        for (int k = 1; k < w.size(); k++) {
          byPrefix.computeIfAbsent(String.join(" ", w.subList(0, k)), x -> new ArrayList<>()).add(n);
        }
        if (w.size() >= 2) {
          for (String surname : NameKeys.surnames(w)) {
            bySurname.computeIfAbsent(surname, x -> new ArrayList<>()).add(n);
          }
        }
      }
    }

    /** Names that start with all of {@code shorter}'s words and have more. */
    List<Graph.Node> longerForms(Graph.Node shorter) {
      return byPrefix.getOrDefault(String.join(" ", shorter.words()), List.of());
    }

    /**
     * Names of two words or more with this surname: their last word, or for Spanish names of
     * three or more words the paternal surname before the last.
     */
    List<Graph.Node> withSurname(String surname) {
      return bySurname.getOrDefault(surname, List.of());
    }
  }

  /** Name nodes and the merges between them (union-find). */
  private static final class Graph {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byKey = new HashMap<>();
    private final Map<String, List<Node>> byTypeKey = new HashMap<>();
    private final Map<Node, Node> parent = new HashMap<>();
    /** Each reason once: a surname joined in thousands of reports gives one reason, not one each. */
    private final Map<Node, Set<String>> reasons = new HashMap<>();
    private final Map<Node, Set<String>> aliases = new HashMap<>();
    private final Map<Node, List<Node>> members = new HashMap<>();
    private final List<String[]> apart = new ArrayList<>();

    /** One written name: global for full names, per report for a bare person surname. */
    final class Node {
      final EntityType type;
      final String key;
      final long doc;
      final int ordinal = nodes.size();
      final Map<String, Integer> forms = new LinkedHashMap<>();
      final List<Entity.At> mentions = new ArrayList<>();
      final Set<Long> docs = new LinkedHashSet<>();

      Node(EntityType type, String key, long doc) {
        this.type = type;
        this.key = key;
        this.doc = doc;
      }

      List<String> words() {
        return List.of(key.split(" "));
      }

      long doc() {
        return doc;
      }

      Set<Long> docs() {
        return docs;
      }

      String form() {
        return forms.keySet().iterator().next();
      }
    }

    void add(long doc, Mention m) {
      Node n = node(doc, m);
      n.forms.merge(Names.display(m.text(), m.type()), 1, Integer::sum);
      n.mentions.add(new Entity.At(doc, m.span()));
      n.docs.add(doc);
    }

    Node node(long doc, Mention m) {
      String key = NameKeys.nodeKey(m);
      long scope = NameKeys.bareSurname(m.type(), key) ? doc : -1;
      String id = m.type() + "|" + key + "|" + scope;
      String finalKey = key;
      return byKey.computeIfAbsent(id, k -> {
        Node n = new Node(m.type(), finalKey, scope);
        nodes.add(n);
        byTypeKey.computeIfAbsent(m.type() + "|" + finalKey, x -> new ArrayList<>()).add(n);
        parent.put(n, n);
        members.put(n, new ArrayList<>(List.of(n)));
        return n;
      });
    }

    List<Node> people(java.util.function.Predicate<Node> p) {
      return nodes.stream().filter(n -> n.type == EntityType.PERSON && p.test(n)).toList();
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
     * The root of a node's entity, found without recursion: a name in thousands of reports
     * (a bare surname joined in each) makes chains too long for the stack.
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
      if (ra == rb || keptApart(ra, rb)) {
        return;
      }
      parent.put(rb, ra);
      members.get(ra).addAll(members.remove(rb));
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
      return members.get(root).stream().anyMatch(n -> n.key.equals(Names.key(name, n.type)));
    }

    void alias(Node person, String alias, String reason) {
      Node root = find(person);
      if (aliases.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(alias)) {
        reasons.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(reason);
      }
    }

    List<Entity> entities() {
      Map<Node, List<Node>> groups = new LinkedHashMap<>();
      for (Node n : nodes) {
        groups.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n);
      }
      List<Entity> out = new ArrayList<>();
      for (Map.Entry<Node, List<Node>> e : groups.entrySet()) {
        out.add(entity(e.getKey(), e.getValue()));
      }
      out.sort(ORDER);
      return out;
    }

    private Entity entity(Node root, List<Node> group) {
      EntityType type = group.stream().anyMatch(n -> n.type == EntityType.PERSON)
          && aliases.containsKey(root) ? EntityType.PERSON : root.type;
      Map<String, Integer> forms = new LinkedHashMap<>();
      List<Entity.At> mentions = new ArrayList<>();
      Set<String> why = new LinkedHashSet<>(reasons.getOrDefault(root, Set.of()));
      for (Node n : group) {
        n.forms.forEach((f, c) -> forms.merge(f, c, Integer::sum));
        mentions.addAll(n.mentions);
        if (n.forms.size() > 1) {
          why.add("same name written differently: " + String.join(" / ", n.forms.keySet()));
        }
      }
      String name = forms.keySet().stream()
          .max(Comparator.comparingInt((String f) -> Names.fullness(f, type))
              .thenComparingInt(forms::get))
          .orElseThrow();
      Set<String> others = new LinkedHashSet<>(forms.keySet());
      others.addAll(aliases.getOrDefault(root, Set.of()));
      others.remove(name);
      mentions.sort(Comparator.comparingLong(Entity.At::doc)
          .thenComparingInt(a -> a.span().start()));
      return new Entity(name, type, List.copyOf(others), mentions, List.copyOf(why));
    }
  }
}
