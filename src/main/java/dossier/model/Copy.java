package dossier.model;

/**
 * Lineage: report {@code doc} is a near-duplicate (a syndicated copy or light rewrite) of the
 * earlier report {@code of}.
 *
 * @param similarity estimated Jaccard similarity of their word 5-grams, 0 to 1
 */
public record Copy(long doc, long of, double similarity) {
  public Copy {
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
    }
  }
}
