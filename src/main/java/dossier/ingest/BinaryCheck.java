package dossier.ingest;

/** Tells decoded text from binary data read as text. */
final class BinaryCheck {
  /** Real text, even scraped, has almost no control characters or undecodable bytes. */
  private static final double MAX_BAD_SHARE = 0.01;

  private BinaryCheck() {}

  static boolean looksBinary(String text) {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
        bad++;
      }
    }
    return bad > Math.max(2, text.length() * MAX_BAD_SHARE);
  }
}
