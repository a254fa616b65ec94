package dossier.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo credits, with or without their caption, and figure captions: known by a photo word
 * before a colon, slash or © ("Foto: Getty", "Bild © dpa"), by a © with only a name after it
 * ("The harbour at dawn. © AFP / Jane Roe"), or a (c) after a caption, not heading a list
 * item, by an agency's name alone, by a credit with a slash in brackets at the end, or by a
 * figure word and number before a colon ("Abb. 4: ...").
 */
final class PhotoCredits {
  private static final int MAX_WORDS = 60;
  private static final int MAX_NAME_WORDS = 8;
  private static final List<String> PHOTO_WORDS = CueWords.read("photo-words.txt");
  private static final Cue PHOTO_CREDIT = Cue.anywhere("\\b(" + CueWords.alternation(PHOTO_WORDS)
      + ")s?\\s*(by\\b|credit|courtesy|copyright|caption|source|:|/|©)|^credits?:",
      withCredit(PHOTO_WORDS));
  private static final List<String> FIGURE_WORDS = CueWords.read("figure-words.txt");
  private static final Cue FIGURE_CAPTION = Cue.opening("^(" + CueWords.alternation(FIGURE_WORDS)
      + ")\\.?\\s*(\\d+[a-z]?\\s*[:.|–—-]|:)\\s", FIGURE_WORDS.toArray(String[]::new));
  private static final Pattern AGENCY = Pattern.compile("(getty images|shutterstock|"
      + "istock(photo)?|afp|ap|reuters|epa(-efe)?|anadolu|xinhua|tass|sputnik|associated press)"
      + "\\.?");
  private static final Pattern PAREN_CREDIT =
      Pattern.compile("\\(([^()]{2,60}/[^()]{2,60})\\)\\.?$");
  private static final Pattern CAPS_CREDIT = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'’-]+(\\s*/\\s*\\p{L}[\\p{L} .'’-]*)+$");

  private PhotoCredits() {}

  /** The kind of credit or caption the block of so many words is, or null. */
  static Furniture kindOf(String t, String lower, int words) {
    if (words > MAX_WORDS) {
      return null;
    }
    if (FIGURE_CAPTION.in(lower)) {
      return Furniture.CAPTION;
    }
    boolean credit = PHOTO_CREDIT.in(lower) || endsWithRightsHolder(t)
        || words <= 3 && AGENCY.matcher(lower).matches()
        || (t.endsWith(")") || t.endsWith(").")) && PAREN_CREDIT.matcher(t).find()
        || (words <= 8 && CAPS_CREDIT.matcher(t).matches());
    return credit ? Furniture.CREDIT : null;
  }

  /** A © or (c) with only a name after it, no further sentence. */
  private static boolean endsWithRightsHolder(String t) {
    int sign = t.lastIndexOf('©');
    int letter = Math.max(t.lastIndexOf("(c) "), t.lastIndexOf("(C) "));
    int mark = Math.max(sign, letter);
    if (mark < 0) {
      return false;
    }
    String holder = t.substring(mark + (mark == letter ? 3 : 1)).strip();
    int words = Words.count(holder);
    if (words < 1 || words > MAX_NAME_WORDS || holder.contains(". ")) {
      return false;
    }
    // A (c) that opens the block or a lower-case clause marks a list item: "(c) the supplier".
    return mark == sign || mark > 0 && Character.isUpperCase(holder.charAt(0));
  }

  private static String[] withCredit(List<String> words) {
    String[] cues = words.toArray(new String[words.size() + 1]);
    cues[words.size()] = "credit";
    return cues;
  }
}
