package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level facts about a block of text. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");

  private Words() {}

  static int count(String text) {
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
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

  /** Lower case with everything but letters and digits dropped: equal keys, same words. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
