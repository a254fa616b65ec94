package dossier.extract;

import dossier.model.AnnotatedDoc;
import dossier.model.Extraction;

/** Finds everything Dossier extracts from one annotated report. */
public final class Extractor {

  public Extraction extract(AnnotatedDoc doc) {
    throw new UnsupportedOperationException("TODO");
  }
}
