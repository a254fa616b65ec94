package dossier.eval;

/**
 * What an extractor made of one page.
 *
 * @param text the extracted main text; empty when it found none, crashed or timed out
 * @param title headline found, or null
 * @param author byline found, or null
 * @param date publication date found as {@code YYYY-MM-DD}, or null
 */
record Output(String text, String title, String author, String date) {
  static final Output EMPTY = new Output("", null, null, null);

  Output {
    text = text == null ? "" : text;
  }

  static Output text(String text) {
    return new Output(text, null, null, null);
  }
}
