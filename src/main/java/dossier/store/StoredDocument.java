package dossier.store;

import dossier.model.Extraction;
import java.util.Objects;

/**
 * One report as the store holds it.
 *
 * @param id the store's key for it, stable across rebuilds of the same store
 * @param extraction everything extracted from it, facts in document order
 */
public record StoredDocument(long id, Extraction extraction) {
  public StoredDocument {
    Objects.requireNonNull(extraction, "extraction");
  }
}
