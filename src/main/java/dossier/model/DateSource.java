package dossier.model;

/** Where a document's publication date came from. */
public enum DateSource {
  /** The page's own metadata (meta tags, JSON-LD, file properties). */
  METADATA,
  /** A dateline or "Published ..." line in the text. */
  TEXT,
  /** Guessed from the dates the text mentions. */
  ESTIMATED;

  /** The name used in exports: {@code metadata}, {@code text} or {@code estimated}. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
