package dossier.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shallow facts about one line of a scrape, the inputs of {@link LineFeatures}. */
final class ScrapeLine {
  /** Where a sentence or clause ends: a stop, comma, colon and the like before a space. */
  private static final Pattern MARK = Pattern.compile("[,;.!?:](?=\\s|$)");
  /** Chinese, Japanese and Korean characters, written without spaces between words. */
  private static final Pattern CJK =
      Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]");
  /** Separators between the items of a menu or the parts of a page title. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|•·»›]\\s");
  /** Where a page title's own part ends: "Headline | Site", "Headline - Site". */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|–—:»·-]\\s");

  final String text;
  final List<String> words;
  /** Words, or for scripts without spaces, two characters a word. */
  final int length;

  ScrapeLine(String text) {
    this.text = text;
    this.words = Words.of(text);
    this.length = Math.max(words.size(), count(CJK.matcher(text)) / 2);
  }

  boolean endsSentence() {
    return Words.endsSentence(text);
  }

  boolean endsColon() {
    return text.endsWith(":");
  }

  int marks() {
    return count(MARK.matcher(text));
  }

  boolean hasSeparator() {
    return SEPARATOR.matcher(text).find();
  }

  /** The share of words whose first character passes the test. */
  double share(IntPredicate firstChar) {
    long n = words.stream().filter(w -> firstChar.test(w.codePointAt(0))).count();
    return n / (double) Math.max(1, words.size());
  }

  /** Its words of three letters or more, in lower case: what lines and titles share. */
  Set<String> wordSet() {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (w.length() > 2) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The title's own part, without the site name after a separator. */
  static String ownTitle(String pageTitle) {
    return TITLE_SEPARATOR.split(pageTitle, 2)[0];
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
