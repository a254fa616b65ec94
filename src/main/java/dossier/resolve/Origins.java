package dossier.resolve;

import dossier.model.Claim;
import dossier.model.EntityType;
import dossier.model.Extraction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a claim independently comes from. Reports from one outlet are one origin, and so are
 * copies of one story (a wire story republished by several sites: most of their word 5-grams
 * are shared); a claim that names the outlet it came through ("told Bloomberg") has that outlet
 * as its origin.
 */
final class Origins {
  private static final int SHINGLE = 5;
  private static final double COPY = 0.5;
  /** Shingles shared by more documents than this are stock phrases, not evidence of copying. */
  private static final int COMMON = 50;

  private final Map<Long, String> originOfDoc = new HashMap<>();

  Origins(Map<Long, Extraction> docs) {
    Map<Long, Long> parent = new HashMap<>();
    docs.keySet().forEach(d -> parent.put(d, d));
    Map<String, Long> byOutlet = new HashMap<>();
    for (Map.Entry<Long, Extraction> e : docs.entrySet()) {
      String outlet = e.getValue().article().outlet();
      if (outlet != null && !outlet.isBlank()) {
        Long first = byOutlet.putIfAbsent(Names.key(outlet, EntityType.ORGANIZATION), e.getKey());
        if (first != null) {
          union(parent, first, e.getKey());
        }
      }
    }
    for (long[] pair : copies(docs)) {
      union(parent, pair[0], pair[1]);
    }
    for (Map.Entry<Long, Extraction> e : docs.entrySet()) {
      long root = find(parent, e.getKey());
      String outlet = docs.get(root).article().outlet();
      originOfDoc.put(e.getKey(), outlet == null || outlet.isBlank()
          ? "report " + root : Names.key(outlet, EntityType.ORGANIZATION));
    }
  }

  /** The claim's origin: the outlet it names as its channel, else its report's. */
  String of(long doc, Claim claim) {
    if (!claim.via().isEmpty()) {
      return Names.key(claim.via().get(0).text(), EntityType.ORGANIZATION);
    }
    return originOfDoc.get(doc);
  }

  /** Pairs of documents that share at least half their word 5-grams. */
  private static List<long[]> copies(Map<Long, Extraction> docs) {
    Map<Long, Set<Integer>> shingles = new HashMap<>();
    Map<Integer, List<Long>> index = new HashMap<>();
    for (Map.Entry<Long, Extraction> e : docs.entrySet()) {
      Set<Integer> s = shingles(e.getValue().article().text());
      shingles.put(e.getKey(), s);
      for (int h : s) {
        index.computeIfAbsent(h, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    Map<List<Long>, Integer> shared = new HashMap<>();
    for (List<Long> holders : index.values()) {
      if (holders.size() < 2 || holders.size() > COMMON) {
        continue;
      }
      for (int i = 0; i < holders.size(); i++) {
        for (int j = i + 1; j < holders.size(); j++) {
          shared.merge(List.of(holders.get(i), holders.get(j)), 1, Integer::sum);
        }
      }
    }
    List<long[]> out = new ArrayList<>();
    shared.forEach((pair, n) -> {
      int a = shingles.get(pair.get(0)).size();
      int b = shingles.get(pair.get(1)).size();
      if ((double) n / (a + b - n) >= COPY) {
        out.add(new long[] {pair.get(0), pair.get(1)});
      }
    });
    return out;
  }

  private static Set<Integer> shingles(String text) {
    List<String> words = Names.words(text);
    Set<Integer> out = new LinkedHashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + SHINGLE)).hashCode());
    }
    return out;
  }

  private static long find(Map<Long, Long> parent, long d) {
    long p = parent.get(d);
    if (p != d) {
      p = find(parent, p);
      parent.put(d, p);
    }
    return p;
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
