package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.Mention;
import java.util.List;

/** Who did what to whom, where and when, typed with PLOVER. */
final class EventFinder {
  List<Event> find(AnnotatedDoc doc, List<Mention> mentions, List<Claim> claims) {
    return List.of(); // TODO
  }
}
