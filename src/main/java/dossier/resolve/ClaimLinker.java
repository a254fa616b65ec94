package dossier.resolve;

import dossier.model.Claim;
import dossier.model.Cluster;
import dossier.model.Contradiction;
import dossier.model.Copy;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.model.Quantity;
import dossier.model.Stance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links claims across reports: clusters of claims that say the same thing, with the number of
 * independent origins behind each, and contradictions (a denial of what others assert, or
 * different figures for the same thing).
 */
public final class ClaimLinker {
  /** Two claims state the same thing when most of the shorter one's content words recur. */
  private static final double SAME = 0.6;
  private static final int SAME_MIN_WORDS = 3;
  /** Every two claims of a cluster share at least this much, so that clusters do not chain. */
  private static final double ALIKE = 0.3;
  /** Words in more claims than this say nothing about which claims match. */
  private static final int COMMON_WORD = 300;
  /** A denial answers an assertion when enough of its topic recurs there. */
  private static final double ANSWERS = 0.3;
  private static final int ANSWERS_MIN_WORDS = 3;
  private static final int DENIAL_LINKS = 3;
  private static final int COMMON_NAME_MIN_REPORTS = 4;
  /** How much text before a terse denial ("We have no such information") tells its topic. */
  private static final int CONTEXT = 400;
  /** Sentences about the same happening share this much of their words besides the figure. */
  private static final double TOPIC = 0.25;
  private static final int TOPIC_MIN_WORDS = 2;
  private static final Pattern FIGURE = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  /** Approximate figures this close are not in conflict. */
  private static final double TOLERANCE = 1.25;
  /** Counted things too generic to compare across reports. */
  private static final Set<String> GENERIC = Set.of("people", "person", "time", "year", "day",
      "month", "week", "hour", "percent", "thing", "way", "one", "other");

  private final Map<Long, Extraction> docs;
  private final List<Copy> lineage;
  private final EntityIndex entities;
  private final Set<String> commonNames;
  private final List<FactRef> refs = new ArrayList<>();
  private final Map<FactRef, Set<String>> words = new HashMap<>();
  private Map<String, List<Integer>> holders;

  /**
   * @param docs every document by its store key, in store order
   * @param lineage the near-duplicate pairs among them
   */
  public ClaimLinker(Map<Long, Extraction> docs, List<Copy> lineage) {
    this(docs, lineage, new EntityIndex(List.of()));
  }

  /**
   * @param docs every document by its store key, in store order
   * @param lineage the near-duplicate pairs among them
   * @param entities the resolved entities, so that claims reporting the same event (who did what
   *     to whom) join one cluster though their words differ
   */
  public ClaimLinker(Map<Long, Extraction> docs, List<Copy> lineage, EntityIndex entities) {
    this.docs = docs;
    this.entities = entities;
    this.lineage = List.copyOf(lineage);
    this.commonNames = commonNames(docs);
    docs.forEach((id, x) -> {
      for (int i = 0; i < x.claims().size(); i++) {
        FactRef ref = new FactRef(id, i);
        refs.add(ref);
        words.put(ref, ContentWords.of(x.claims().get(i).content()));
      }
    });
  }

  /** Groups of two or more claims that say the same thing with the same stance. */
  public List<Cluster> clusters() {
    CohesiveGroups<FactRef> groups = new CohesiveGroups<>(refs);
    for (FactRef[] pair : strongestFirst(candidatePairs())) {
      if (same(pair[0], pair[1])) {
        groups.joinIfCohesive(pair[0], pair[1], this::alike);
      }
    }
    for (List<FactRef> reporting : sameEvent().values()) {
      for (FactRef r : reporting.subList(1, reporting.size())) {
        if (claim(r).stance() == claim(reporting.get(0)).stance()) {
          groups.join(r, reporting.get(0));
        }
      }
    }
    Origins origins = new Origins(docs, lineage);
    List<Cluster> out = new ArrayList<>();
    for (List<FactRef> group : groups.groups(refs)) {
      if (group.size() > 1) {
        Set<String> distinct = new HashSet<>();
        group.forEach(r -> distinct.add(origins.of(r.doc(), claim(r))));
        out.add(new Cluster(group, distinct.size()));
      }
    }
    return out;
  }

  /** Denials with the assertions they answer, then conflicting figures. */
  public List<Contradiction> contradictions() {
    List<Contradiction> out = new ArrayList<>();
    for (FactRef denial : refs) {
      if (claim(denial).stance() == Stance.DENIES) {
        out.addAll(denialsOf(denial));
      }
    }
    out.addAll(new FigureConflicts().find());
    return out;
  }

  /**
   * Pairs of claims sharing enough words to be compared, found through a word index so that the
   * cost follows the overlaps rather than the square of the number of claims.
   */
  private List<FactRef[]> candidatePairs() {
    Map<Long, Integer> shared = new java.util.TreeMap<>();
    for (List<Integer> h : holders().values()) {
      if (h.size() > COMMON_WORD) {
        continue;
      }
      for (int i = 0; i < h.size(); i++) {
        for (int j = i + 1; j < h.size(); j++) {
          shared.merge((long) h.get(i) * refs.size() + h.get(j), 1, Integer::sum);
        }
      }
    }
    List<FactRef[]> out = new ArrayList<>();
    shared.forEach((pair, n) -> {
      if (n >= SAME_MIN_WORDS) {
        out.add(new FactRef[] {refs.get((int) (pair / refs.size())),
            refs.get((int) (pair % refs.size()))});
      }
    });
    return out;
  }

  /**
   * Claims by the event they carry, keyed by its tuple (type, actor, target) of resolved
   * entities, for tuples reported in more than one report; events missing either party say too
   * little to join claims by.
   */
  private Map<String, List<FactRef>> sameEvent() {
    Map<String, List<FactRef>> byTuple = new LinkedHashMap<>();
    docs.forEach((doc, x) -> {
      for (Event e : x.events()) {
        int actor = entities.of(doc, e.actor());
        int target = entities.of(doc, e.target());
        if (e.claim() >= 0 && actor != EntityIndex.NONE && target != EntityIndex.NONE
            && actor != target) {
          byTuple.computeIfAbsent(e.type() + " " + actor + " " + target, k -> new ArrayList<>())
              .add(new FactRef(doc, e.claim()));
        }
      }
    });
    byTuple.values().removeIf(claims -> claims.stream().map(FactRef::doc).distinct().count() < 2);
    return byTuple;
  }

  private boolean same(FactRef a, FactRef b) {
    Claim x = claim(a);
    Claim y = claim(b);
    if (x.stance() != y.stance() || (a.doc() == b.doc() && x.span().overlaps(y.span()))) {
      return false;
    }
    Set<String> wa = words.get(a);
    Set<String> wb = words.get(b);
    return ContentWords.shared(wa, wb) >= SAME_MIN_WORDS && ContentWords.overlap(wa, wb) >= SAME
        && !differInFigures(x.content(), y.content());
  }

  /** Pairs by decreasing likeness, so that a claim joins the group it is most like. */
  private List<FactRef[]> strongestFirst(List<FactRef[]> pairs) {
    double[] overlap = new double[pairs.size()];
    List<Integer> order = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      overlap[i] = ContentWords.overlap(words.get(pairs.get(i)[0]), words.get(pairs.get(i)[1]));
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> -overlap[i]));
    return order.stream().map(pairs::get).toList();
  }

  /** Looser than {@link #same}: what every two claims of one cluster must share. */
  private boolean alike(FactRef a, FactRef b) {
    Claim x = claim(a);
    Claim y = claim(b);
    return x.stance() == y.stance() && !differInFigures(x.content(), y.content())
        && ContentWords.overlap(words.get(a), words.get(b)) >= ALIKE;
  }

  /** Two claims that give other figures do not say the same thing; they may contradict. */
  private static boolean differInFigures(String a, String b) {
    Set<String> fa = figures(a);
    Set<String> fb = figures(b);
    return !fa.isEmpty() && !fb.isEmpty() && Collections.disjoint(fa, fb);
  }

  private static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  /** The claims each content word occurs in, by index into {@code refs}; built once. */
  private Map<String, List<Integer>> holders() {
    if (holders == null) {
      holders = new HashMap<>();
      for (int i = 0; i < refs.size(); i++) {
        for (String w : words.get(refs.get(i))) {
          holders.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    return holders;
  }

  /** Claims sharing enough of these words to be compared, through the word index. */
  private List<FactRef> sharing(Set<String> topic, int atLeast) {
    Map<Integer, Integer> shared = new java.util.TreeMap<>();
    for (String w : topic) {
      List<Integer> h = holders().getOrDefault(w, List.of());
      if (h.size() <= COMMON_WORD) {
        h.forEach(i -> shared.merge(i, 1, Integer::sum));
      }
    }
    List<FactRef> out = new ArrayList<>();
    shared.forEach((i, n) -> {
      if (n >= atLeast) {
        out.add(refs.get(i));
      }
    });
    return out;
  }

  private List<Contradiction> denialsOf(FactRef denial) {
    Set<String> topic = topic(denial);
    Map<FactRef, Double> answered = new HashMap<>();
    for (FactRef other : sharing(topic, ANSWERS_MIN_WORDS)) {
      if (claim(other).stance() != Stance.ASSERTS) {
        continue;
      }
      Set<String> asserted = new HashSet<>(words.get(other));
      asserted.removeAll(ContentWords.NEGATION);
      if (ContentWords.shared(topic, asserted) >= ANSWERS_MIN_WORDS
          && ContentWords.overlap(topic, asserted) >= ANSWERS
          && (other.doc() == denial.doc() || sharesAName(denial, other))) {
        answered.put(other, ContentWords.overlap(topic, asserted));
      }
    }
    return answered.entrySet().stream()
        .sorted(Map.Entry.<FactRef, Double>comparingByValue().reversed())
        .limit(DENIAL_LINKS)
        .map(e -> new Contradiction("denial", List.of(e.getKey(), denial), List.of(),
            who(denial) + " denies what " + who(e.getKey()) + " asserts: \""
                + claim(denial).content() + "\" against \"" + claim(e.getKey()).content() + "\""))
        .toList();
  }

  /** A denial's own words, and for a terse one the words of the paragraph it answers. */
  private Set<String> topic(FactRef denial) {
    Set<String> topic = ContentWords.of(topicText(denial));
    topic.removeAll(ContentWords.NEGATION);
    return topic;
  }

  /**
   * Whether a denial names someone or something the assertion names too, besides the names most
   * reports share: across reports, shared words alone do not show that both are about the same
   * thing. Within one report they need not: a report that gives a denial after a claim gives it
   * as the answer, though a terse denial names nothing.
   */
  private boolean sharesAName(FactRef denial, FactRef assertion) {
    return ContentWords.shared(names(topicText(denial)), names(claim(assertion).content())) > 0;
  }

  /** Names in a text, without those most reports of the corpus share (the situation itself). */
  private Set<String> names(String text) {
    Set<String> names = ContentWords.names(text);
    names.removeAll(commonNames);
    return names;
  }

  /** Names in more than half the reports, once there are enough reports to tell. */
  private static Set<String> commonNames(Map<Long, Extraction> docs) {
    if (docs.size() < COMMON_NAME_MIN_REPORTS) {
      return Set.of();
    }
    Map<String, Integer> reports = new HashMap<>();
    for (Extraction x : docs.values()) {
      ContentWords.names(x.article().text()).forEach(n -> reports.merge(n, 1, Integer::sum));
    }
    Set<String> out = new HashSet<>();
    reports.forEach((n, count) -> {
      if (count * 2 > docs.size()) {
        out.add(n);
      }
    });
    return out;
  }

  private String topicText(FactRef denial) {
    Claim c = claim(denial);
    String text = docs.get(denial.doc()).article().text();
    int from = Math.max(0, c.span().start() - CONTEXT);
    int paragraph = text.lastIndexOf("\n\n", c.span().start());
    return c.content() + " " + text.substring(Math.max(from, paragraph < 0 ? 0 : paragraph),
        c.span().start());
  }

  private String who(FactRef r) {
    Claim c = claim(r);
    return c.source() == null ? "an unnamed source" : c.source().text();
  }

  private Claim claim(FactRef r) {
    return docs.get(r.doc()).claims().get(r.index());
  }

  /** Different figures for the same counted thing in different reports. */
  private final class FigureConflicts {
    List<Contradiction> find() {
      Map<String, List<FactRef>> byThing = new LinkedHashMap<>();
      docs.forEach((id, x) -> {
        for (int i = 0; i < x.quantities().size(); i++) {
          String thing = thing(x.quantities().get(i));
          if (thing != null) {
            byThing.computeIfAbsent(thing, k -> new ArrayList<>()).add(new FactRef(id, i));
          }
        }
      });
      List<Contradiction> out = new ArrayList<>();
      byThing.forEach((thing, figures) -> {
        List<FactRef> disputed = disputed(figures);
        if (!disputed.isEmpty()) {
          out.add(new Contradiction("number", carriers(disputed), disputed, note(thing, disputed)));
        }
      });
      return out;
    }

    /** The unit and the head of what is counted ("people|contractor"), or null when too vague. */
    private String thing(Quantity q) {
      if (q.about() == null) {
        return null;
      }
      List<String> w = Names.words(q.about());
      if (w.isEmpty()) {
        return null;
      }
      String head = ContentWords.stem(w.get(w.size() - 1));
      return GENERIC.contains(head) ? null : q.unit().toLowerCase(Locale.ROOT) + "|" + head;
    }

    /**
     * The figures that disagree with a figure of another report about the same thing: the same
     * counted noun is not enough ("about 40 soldiers" at a drone base and "about 100 soldiers"
     * landing in the capital are different groups), so their sentences must share a topic too.
     */
    private List<FactRef> disputed(List<FactRef> figures) {
      Set<FactRef> out = new java.util.LinkedHashSet<>();
      for (FactRef a : figures) {
        for (FactRef b : figures) {
          if (a.doc() < b.doc() && apart(quantity(a), quantity(b)) && sameTopic(a, b)) {
            out.add(a);
            out.add(b);
          }
        }
      }
      return List.copyOf(out);
    }

    private boolean sameTopic(FactRef a, FactRef b) {
      Set<String> x = sentenceWords(a);
      Set<String> y = sentenceWords(b);
      return ContentWords.shared(x, y) >= TOPIC_MIN_WORDS && ContentWords.overlap(x, y) >= TOPIC;
    }

    /** The content words of the sentence around a figure, without what it counts. */
    private Set<String> sentenceWords(FactRef f) {
      Quantity q = quantity(f);
      String text = docs.get(f.doc()).article().text();
      int start = Math.max(text.lastIndexOf(". ", q.span().start()), text.lastIndexOf('\n', q.span().start()));
      int dot = text.indexOf(". ", q.span().end());
      int line = text.indexOf('\n', q.span().end());
      int end = Math.min(dot < 0 ? text.length() : dot, line < 0 ? text.length() : line);
      Set<String> words = ContentWords.of(text.substring(Math.max(0, start), end));
      if (q.about() != null) {
        words.removeAll(ContentWords.of(q.about()));
      }
      return words;
    }

    private boolean apart(Quantity a, Quantity b) {
      double lo = Math.min(a.value(), b.value());
      double hi = Math.max(a.max() == null ? a.value() : a.max(), b.max() == null ? b.value() : b.max());
      if (a.approximate() || b.approximate()) {
        return lo > 0 ? hi / lo > TOLERANCE : hi > 0;
      }
      return a.value() != b.value() || !java.util.Objects.equals(a.max(), b.max());
    }

    /** The claims whose content holds one of the figures. */
    private List<FactRef> carriers(List<FactRef> figures) {
      List<FactRef> out = new ArrayList<>();
      for (FactRef f : figures) {
        Quantity q = quantity(f);
        List<Claim> claims = docs.get(f.doc()).claims();
        for (int i = 0; i < claims.size(); i++) {
          if (claims.get(i).contentSpan().contains(q.span()) && !out.contains(new FactRef(f.doc(), i))) {
            out.add(new FactRef(f.doc(), i));
          }
        }
      }
      return out;
    }

    private String note(String thing, List<FactRef> figures) {
      StringBuilder sb = new StringBuilder("different figures for " + thing.split("\\|")[1] + ":");
      figures.stream().sorted(Comparator.comparingDouble(f -> quantity(f).value()))
          .forEach(f -> sb.append(' ').append(docs.get(f.doc()).article().text()
              .substring(quantity(f).span().start(), quantity(f).span().end()))
              .append(" (").append(quantity(f).about()).append(");"));
      return sb.substring(0, sb.length() - 1);
    }

    private Quantity quantity(FactRef f) {
      return docs.get(f.doc()).quantities().get(f.index());
    }
  }
}
