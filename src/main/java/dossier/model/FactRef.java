package dossier.model;

/**
 * A fact in the store: the document key and the fact's index among that document's claims or
 * quantities.
 */
public record FactRef(long doc, int index) {
  public FactRef {
    if (index < 0) {
      throw new IllegalArgumentException("negative fact index: " + index);
    }
  }
}
