package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Named actors: people, organisations, places, nationalities and equipment. */
final class MentionFinder {
  /** Equipment first (the tagger often calls a model a person), then the longer mention. */
  private static final Comparator<Mention> PREFERRED = Comparator
      .comparing((Mention m) -> m.type() != EntityType.EQUIPMENT)
      .thenComparing(m -> -m.span().length())
      .thenComparing(Mention::span);

  private final EquipmentFinder equipment = new EquipmentFinder();
  private final MentionEntities entities = new MentionEntities();

  /** The mentions of a document in text order, none overlapping another. */
  List<Mention> find(AnnotatedDoc doc) {
    List<Mention> candidates = new ArrayList<>(equipment.find(doc));
    candidates.addAll(entities.find(doc));
    candidates.sort(PREFERRED);
    List<Mention> out = new ArrayList<>();
    for (Mention m : candidates) {
      if (out.stream().noneMatch(o -> o.span().overlaps(m.span()))) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }
}
