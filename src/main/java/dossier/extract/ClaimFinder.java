package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Mention;
import java.util.List;

/** Who says what: direct quotes and reported speech with source, cue, chain, stance and hedging. */
final class ClaimFinder {
  List<Claim> find(AnnotatedDoc doc, List<Mention> mentions) {
    return List.of(); // TODO
  }
}
