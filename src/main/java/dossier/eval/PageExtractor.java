package dossier.eval;

/** One main-text extractor under test, behind the same small face as the others. */
interface PageExtractor {

  /** The row label in the results table. */
  String name();

  /** Extracts from the decoded page; may throw anything, which the harness scores as empty output. */
  Output extract(Page page) throws Exception;

  /** Whether {@link #extract} reports title, author and date, so the table scores them. */
  default boolean givesMetadata() {
    return false;
  }
}
