package dossier.clean;

import dossier.model.Article;
import dossier.model.RawDoc;

/** Extracts the main story and its metadata from a raw document. */
public final class Cleaner {

  /** The clean article; never fails on odd input, but may return empty text. */
  public Article clean(RawDoc raw) {
    throw new UnsupportedOperationException("TODO");
  }
}
