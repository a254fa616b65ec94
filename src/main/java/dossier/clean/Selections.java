package dossier.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements under a root (itself included) that answer a set of CSS queries, in document
 * order, all gathered in one walk: reading a page's metadata asks several questions of it, and
 * a walk per question cost more than the answers.
 */
final class Selections implements NodeVisitor {
  /** A type selector, attribute selectors or both, such as {@code meta[content]}. */
  private static final Pattern SIMPLE = Pattern.compile(
      "\\s*([a-z][a-z0-9]*)?(?:\\[([a-z][a-z0-9_-]*)(?:[~|^$*!]?=[^\\],]*)?\\])*\\s*");

  /**
   * A CSS query, and for each of its comma-separated alternatives that is {@link #SIMPLE}, the
   * element name and an attribute it asks for (either may be null): an element that meets no
   * alternative's needs is no match, so the walk asks the full query of few elements.
   */
  static final class Query {
    private final Evaluator evaluator;
    /** An array, not a list: asked of every element of the page, the loop is hot. */
    private final Need[] needs;
    private final Set<String> tags;

    private Query(Evaluator evaluator, Need[] needs) {
      this.evaluator = evaluator;
      this.needs = needs;
      this.tags = tagsOf(needs);
    }

    static Query of(String css) {
      List<Need> needs = new ArrayList<>();
      for (String alternative : css.split(",", -1)) {
        Matcher m = SIMPLE.matcher(alternative);
        if (!m.matches()) {
          // Not every alternative is understood: the full query is asked of every element.
          needs.clear();
          break;
        }
        needs.add(new Need(m.group(1), m.group(2)));
      }
      return new Query(QueryParser.parse(css), needs.toArray(Need[]::new));
    }

    boolean matches(Element root, Element e) {
      return mayMatch(e) && evaluator.matches(root, e);
    }

    /**
     * The element names that every match has, when each alternative names one ({@code h1,
     * time[datetime]}); null when some alternative may match any element.
     */
    Set<String> tags() {
      return tags;
    }

    private static Set<String> tagsOf(Need[] needs) {
      Set<String> tags = new HashSet<>();
      for (Need need : needs) {
        if (need.tag() == null) {
          return null;
        }
        tags.add(need.tag());
      }
      return needs.length == 0 ? null : Set.copyOf(tags);
    }

    private boolean mayMatch(Element e) {
      if (needs.length == 0) {
        return true;
      }
      for (Need need : needs) {
        if (need.admits(e)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return evaluator.toString();
    }
  }

  /** What an element needs to match a simple selector: a name, an attribute, or both. */
  record Need(String tag, String attribute) {
    /**
     * Whether the element has them. The HTML parser lower-cases attribute names, as the
     * queries spell them, so the exact key is looked up, not each key case-blind.
     */
    boolean admits(Element e) {
      return (tag == null || e.nameIs(tag))
          && (attribute == null || e.attributesSize() > 0 && e.attributes().hasKey(attribute));
    }
  }

  private final Element root;
  private final Query[] queries;
  /**
   * The places of the queries that only elements of a name can match, by that name: most of
   * a page's thousands of elements are asked nothing.
   */
  private final Map<String, int[]> byTag = new HashMap<>();
  /** The places of the queries any element may match. */
  private final int[] anyTag;
  /** The elements each query selects, by its place in {@link #queries}. */
  private final List<List<Element>> found = new ArrayList<>();

  private Selections(Element root, List<Query> queries) {
    this.root = root;
    this.queries = queries.toArray(Query[]::new);
    queries.forEach(q -> found.add(new ArrayList<>()));
    Map<String, List<Integer>> named = new HashMap<>();
    List<Integer> any = new ArrayList<>();
    for (int i = 0; i < this.queries.length; i++) {
      Set<String> tags = this.queries[i].tags();
      if (tags == null) {
        any.add(i);
      } else {
        for (String tag : tags) {
          named.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
        }
      }
    }
    named.forEach((tag, places) -> byTag.put(tag, toArray(places)));
    anyTag = toArray(any);
  }

  private static int[] toArray(List<Integer> places) {
    return places.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Walks the root's tree once, answering all the queries. */
  static Selections of(Element root, List<Query> queries) {
    Selections selections = new Selections(root, queries);
    NodeTraversor.traverse(selections, root);
    return selections;
  }

  /** The elements the query selects; the query must be one this was made with. */
  List<Element> all(Query query) {
    for (int i = 0; i < queries.length; i++) {
      if (queries[i] == query) {
        return found.get(i);
      }
    }
    throw new IllegalArgumentException("not a query of this walk: " + query);
  }

  /** The first element the query selects, or null. */
  Element first(Query query) {
    List<Element> elements = all(query);
    return elements.isEmpty() ? null : elements.get(0);
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof Element e) {
      int[] named = byTag.get(e.normalName());
      if (named != null) {
        ask(named, e);
      }
      ask(anyTag, e);
    }
  }

  private void ask(int[] places, Element e) {
    for (int i : places) {
      if (queries[i].matches(root, e)) {
        found.get(i).add(e);
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    // Matches are taken on the way down.
  }
}
