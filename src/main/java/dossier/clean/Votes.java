package dossier.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page's blocks and the votes they cast for the elements around them being the story: each
 * element's sum of its blocks' {@link MainContent#value values}, and the prose blocks close
 * under it.
 *
 * @param blocks the page's blocks in reading order
 * @param sums each element's sum, in the order first reached
 * @param near each element's prose blocks at most {@link #NEAR_LEVELS} above their owner
 */
record Votes(List<MarkupBlock> blocks, Map<Element, Double> sums,
    Map<Element, List<MarkupBlock>> near) {
  /** How far above its owner a paragraph counts as an element's own. */
  static final int NEAR_LEVELS = 2;

  static Votes of(List<MarkupBlock> blocks) {
    // In the order first reached, so that of elements tied (a wrapper and its only child) the
    // same one wins on every run; an identity map's order changes from run to run.
    Votes votes = new Votes(blocks, new LinkedHashMap<>(), new HashMap<>());
    for (MarkupBlock b : blocks) {
      double v = MainContent.value(b);
      if (v != 0 && b.owner() != null) {
        int up = 0;
        for (Element e = b.owner(); e != null; e = e.parent(), up++) {
          votes.sums.merge(e, v, Double::sum);
          if (v > 0 && up <= NEAR_LEVELS) {
            votes.near.computeIfAbsent(e, k -> new ArrayList<>()).add(b);
          }
        }
      }
    }
    return votes;
  }

  /** The element with the highest positive sum, or null. */
  Element densest() {
    Element best = null;
    double bestSum = 0;
    for (Map.Entry<Element, Double> s : sums.entrySet()) {
      if (s.getValue() > bestSum) {
        bestSum = s.getValue();
        best = s.getKey();
      }
    }
    return best;
  }

  /** The densest element's sum: how much story the page shows, read this way. */
  double story() {
    return sum(densest());
  }

  double sum(Element e) {
    return e == null ? 0 : sums.get(e);
  }
}
