package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Quantity;
import java.util.List;

/** Numbers with what they count, their unit, and whether they are approximate. */
final class QuantityFinder {
  List<Quantity> find(AnnotatedDoc doc) {
    return List.of(); // TODO
  }
}
