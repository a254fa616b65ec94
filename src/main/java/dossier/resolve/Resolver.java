package dossier.resolve;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityOfNames;
import dossier.model.NameNode;
import dossier.model.NameUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 *
 * <p>The rules compare names ({@link NameNode}), never single mentions: all mentions of a full
 * name are one name, and a report's bare surname is one name with those of the reports that
 * read alike (see {@link NameUse}), so that a store can add up names as reports come and
 * resolve a new report against a few rows, whatever the number of reports naming its people.
 */
public final class Resolver {

  /**
   * The order of entities: the most mentioned first, then by name, then by first mention, so
   * that a store can keep it without the whole list at hand.
   */
  static final Comparator<Entity> ORDER = Comparator
      .comparingInt((Entity x) -> -x.mentions().size()).thenComparing(Entity::name)
      .thenComparing(x -> x.mentions().get(0), NameTable.TEXT_ORDER);

  /** Entities over all documents, the most mentioned first. */
  public List<Entity> resolve(List<DocMentions> docs) {
    return resolve(docs, List.of());
  }

  /** Entities over all documents with the user's corrections applied. */
  public List<Entity> resolve(List<DocMentions> docs, List<Correction> corrections) {
    NameTable names = new NameTable();
    docs.forEach(names::add);
    return names.entities(resolveNames(names.nodes(), corrections));
  }

  /**
   * Resolves new reports against the stored names they can join, found through {@code lookup}
   * rather than by reading the whole store: the entities, each given by its names, are exactly
   * those of {@link #resolve} over every stored report that hold a name reached, and every
   * entity stored before that holds one of these names lies wholly inside them. The new
   * reports' names must already be stored, added to the earlier reports' uses of them.
   *
   * @param fresh the new reports' {@link #names}
   */
  public List<EntityOfNames> resolveAround(List<NameUse> fresh, NameLookup lookup,
      List<Correction> corrections) {
    return resolveNames(new Neighbourhood(lookup, corrections).from(fresh).nodes(), corrections);
  }

  /** The names a report uses, which a store adds up for {@link #resolveAround}. */
  public static List<NameUse> names(DocMentions doc) {
    return ReportNames.of(doc);
  }

  /** Resolves names given in the order of their first mention. */
  private List<EntityOfNames> resolveNames(List<NameNode> names, List<Correction> corrections) {
    NameGraph g = new NameGraph();
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.SPLIT) {
        g.apart(c.a(), c.b());
      }
    }
    names.forEach(g::add);
    joinLongerForms(g);
    joinSurnames(g);
    joinAliases(g, names);
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.MERGE) {
        for (NameGraph.Node a : g.byName(c.a())) {
          for (NameGraph.Node b : g.byName(c.b())) {
            g.union(a, b, "merged by the user: " + c.a() + " / " + c.b());
          }
        }
      }
    }
    return g.entities();
  }

  /** "Vladimir Padrino" joins "Vladimir Padrino López" when that is its only longer form. */
  private static void joinLongerForms(NameGraph g) {
    PeopleIndex index = new PeopleIndex(g.people(n -> true));
    for (NameGraph.Node shorter : g.people(n -> n.words().size() >= 2)) {
      List<NameGraph.Node> longer = index.longerForms(shorter);
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
  private static void joinSurnames(NameGraph g) {
    PeopleIndex index = new PeopleIndex(g.people(n -> true));
    for (NameGraph.Node bare : g.people(n -> n.words().size() == 1)) {
      String surname = bare.words().get(0);
      List<NameGraph.Node> corpus = index.withSurname(surname);
      List<NameGraph.Node> sameDoc = corpus.stream()
          .filter(n -> bare.name.beside().contains(n.key())).toList();
      Set<NameGraph.Node> sameDocRoots = g.roots(sameDoc);
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

  /** Each alias joins its person, by the order reports gave them; the first giving counts. */
  private static void joinAliases(NameGraph g, List<NameNode> names) {
    record Giving(NameUse.Given given, long person) {}
    List<Giving> all = new ArrayList<>();
    names.forEach(n -> n.given().forEach(given -> all.add(new Giving(given, n.id()))));
    all.sort(Comparator.comparingLong((Giving x) -> x.given().doc())
        .thenComparingInt(x -> x.given().seq()));
    for (Giving a : all) {
      String alias = a.given().alias();
      NameGraph.Node person = g.node(a.person());
      g.alias(person, alias, "nom de guerre or alias given in the report: " + alias + " / "
          + person.form());
      for (NameGraph.Node other : g.byName(alias)) {
        g.union(person, other, "mentions of the alias " + alias + " joined to " + person.form());
      }
    }
  }

  /**
   * People's names by the words they start with and by surname, so that each name's longer
   * forms and namesakes are looked up rather than found by scanning every name (quadratic on a
   * large store). Lists keep the graph's order, so merges come out as a scan would make them.
   */
  private static final class PeopleIndex {
    private final Map<String, List<NameGraph.Node>> byPrefix = new HashMap<>();
    private final Map<String, List<NameGraph.Node>> bySurname = new HashMap<>();

    PeopleIndex(List<NameGraph.Node> people) {
      for (NameGraph.Node n : people) {
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
    List<NameGraph.Node> longerForms(NameGraph.Node shorter) {
      return byPrefix.getOrDefault(String.join(" ", shorter.words()), List.of());
    }

    /**
     * Names of two words or more with this surname: their last word, or for Spanish names of
     * three or more words the paternal surname before the last.
     */
    List<NameGraph.Node> withSurname(String surname) {
      return bySurname.getOrDefault(surname, List.of());
    }
  }
}
