package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Mention;
import java.util.List;

/** Named actors: people, organisations, places, nationalities and equipment. */
final class MentionFinder {
  List<Mention> find(AnnotatedDoc doc) {
    return List.of(); // TODO
  }
}
