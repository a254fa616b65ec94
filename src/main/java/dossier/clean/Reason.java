package dossier.clean;

/** The reasons recorded with removed blocks, as exported. */
final class Reason {
  static final String BOILERPLATE = "boilerplate";
  static final String BYLINE = "byline";
  static final String CAPTION = "caption";
  static final String DUPLICATE = "duplicate";
  static final String ERROR_PAGE = "error-page";
  /** The headline, taken out of the body into the title. */
  static final String TITLE = "title";
  static final String UNRELATED_STORY = "unrelated-story";

  private Reason() {}
}
