package dossier.extract;

import dossier.extract.QuantityCounted.Counted;
import dossier.extract.QuantityReader.Reading;
import dossier.model.AnnotatedDoc;
import dossier.model.Quantity;
import dossier.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Numbers with what they count, their unit, and whether they are approximate. */
final class QuantityFinder {
  private final QuantityLexicon lexicon = new QuantityLexicon();
  private final QuantityReader reader = new QuantityReader(lexicon);
  private final QuantityCounted counted = new QuantityCounted(lexicon);

  /** The quantities of a document in text order; numbers that count nothing are left out. */
  List<Quantity> find(AnnotatedDoc doc) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Reading r : reader.read(s, doc.text())) {
        Counted c = counted.of(s, doc.text(), r);
        if (c != null) {
          out.add(new Quantity(Trees.span(s, r.from(), c.to()), r.value(), r.max(),
              r.approximate(), c.unit(), c.about()));
        }
      }
    }
    return out;
  }
}
