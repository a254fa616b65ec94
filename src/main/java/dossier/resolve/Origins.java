package dossier.resolve;

import dossier.model.Claim;
import dossier.model.Copy;
import dossier.model.EntityType;
import dossier.model.Extraction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a claim independently comes from. Reports from one outlet are one origin, and so are
 * copies of one story (a wire story republished by several sites: most of their word 5-grams
 * are shared, as {@link NearDuplicates} found); a claim that names the outlet it came through ("told Bloomberg") has that outlet
 * as its origin.
 */
final class Origins {
  private final Map<Long, String> originOfDoc = new HashMap<>();

  Origins(Map<Long, Extraction> docs, List<Copy> lineage) {
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
    for (Copy copy : lineage) {
      if (parent.containsKey(copy.doc()) && parent.containsKey(copy.of())) {
        union(parent, copy.doc(), copy.of());
      }
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
