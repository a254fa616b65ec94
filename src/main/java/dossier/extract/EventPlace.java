package dossier.extract;

import dossier.model.Dependency;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Where an event happened: a location mention in an in/at/to/into phrase of the clause. */
final class EventPlace {
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "to", "into", "inside",
      "near", "outside", "within", "across", "throughout", "onto", "around", "over");

  private EventPlace() {}

  /**
   * The place of the verb or of its object: the head of an in/at/to/... phrase that is a
   * location ("in Caracas") or is named for one ("at Maiquetia airport"), or a location the
   * phrase is in ("at bases in Venezuela"); else -1.
   */
  static int of(Sentence s, int verb, List<Integer> objects, List<Mention> mentions) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    heads.addAll(objects);
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        String rel = d.relation();
        boolean placePhrase = (rel.startsWith("obl:") || rel.startsWith("nmod:"))
            && PLACE_CASES.contains(rel.substring(rel.indexOf(':') + 1));
        int at = placePhrase ? placeWithin(s, d.dependent(), mentions) : -1;
        if (at > 0) {
          return at;
        }
      }
    }
    return -1;
  }

  private static int placeWithin(Sentence s, int head, List<Mention> mentions) {
    if (location(s, head, mentions)) {
      return head;
    }
    for (Dependency d : s.children(head)) {
      boolean located = location(s, d.dependent(), mentions);
      if (located && d.relation().equals("compound")) {
        return head;
      }
      if (located && d.relation().startsWith("nmod:")
          && PLACE_CASES.contains(d.relation().substring("nmod:".length()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static boolean location(Sentence s, int token, List<Mention> mentions) {
    return EventArguments.mentionAt(s.token(token).span(), mentions, EntityType.LOCATION);
  }
}
