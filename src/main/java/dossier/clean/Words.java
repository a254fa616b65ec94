package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level facts about a block of text. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");
  /**
   * A bit for each one-char code point, set for letters and numbers: asking {@link Character}
   * about every character of every line cost more than the counting.
   */
  private static final long[] LETTERS_OR_NUMBERS = bmpLettersAndNumbers();

  private Words() {}

  /** How many words: runs that start with a letter or digit, as {@link #of} finds them. */
  static int count(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        n += inWord ? 0 : 1;
        inWord = true;
      } else {
        inWord = inWord && (c == '\'' || c == '’' || c == '.' || c == '&' || c == '-');
      }
    }
    return n;
  }

  /** Matches {@code [\\p{L}\\p{N}]}: letters and every kind of number. */
  private static boolean isLetterOrNumber(int c) {
    return c <= Character.MAX_VALUE
        ? (LETTERS_OR_NUMBERS[c >>> 6] & (1L << c)) != 0 : isLetterOrNumberByType(c);
  }

  private static boolean isLetterOrNumberByType(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The one-char code points for which {@link #isLetterOrNumberByType} holds. */
  private static long[] bmpLettersAndNumbers() {
    long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (isLetterOrNumberByType(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Whether the text ends like a sentence, closing quotes and brackets allowed. */
  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text.strip()).find();
  }

  /** Prose, as opposed to headings, labels and menu lines. */
  static boolean isProse(String text) {
    int n = count(text);
    return n >= 25 || (n >= 8 && endsSentence(text));
  }

  /** Whether every letter is upper case (and there are letters). */
  static boolean allCaps(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters;
  }

  /**
   * Lower case with each run of characters other than letters and digits one space, none at
   * the ends: equal keys, same words. A loop, not a regex: long scrapes key every line.
   */
  static String key(String text) {
    return foldRuns(text.toLowerCase(Locale.ROOT), c -> !isLetterOrNumber(c));
  }

  /** The text on one line, each run of white space (no-break and zero-width too) one space. */
  static String squeeze(String text) {
    return isSqueezed(text) ? text
        : foldRuns(text, c -> c <= Character.MAX_VALUE && isSpace((char) c));
  }

  /** Whether {@link #squeeze} would give the text back as it is, as it does most text. */
  private static boolean isSqueezed(String text) {
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i == 0 || i == last || text.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with each run of code points in {@code gap} one space, and none at the ends. The
   * runs between are copied whole, not a code point at a time.
   */
  private static String foldRuns(String text, IntPredicate gap) {
    StringBuilder out = new StringBuilder(text.length());
    int i = runEnd(text, 0, gap, true);
    while (i < text.length()) {
      int end = runEnd(text, i, gap, false);
      out.append(text, i, end);
      i = runEnd(text, end, gap, true);
      if (i < text.length()) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** Where the run of code points from {@code i} that are in the gap, or not, ends. */
  private static int runEnd(String text, int i, IntPredicate gap, boolean inGap) {
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (gap.test(c) != inGap) {
        return i;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** The white space {@link #squeeze} folds: ASCII white space, no-break and zero-width. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u200B';
  }
}
