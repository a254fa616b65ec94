package dossier.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the headline: the page's own title when it has a usable one, else the most
 * headline-like line above the first paragraph of prose. The headline's line is taken out of
 * the body, even when worded otherwise than the metadata title, and the lines above it
 * (masthead, kicker, section) are removed as header furniture.
 */
final class Headlines {
  /** The lines above the story that are looked at. */
  private static final int HEADER_BLOCKS = 10;
  private static final Pattern FILE_NAME_TITLE = Pattern.compile(
      "(?i)\\.(docx?|pdf|rtf|odt|txt|html?)$|^microsoft word - |^untitled");
  private static final double SAME_TITLE_OVERLAP = 0.6;
  /** Headlines may end in a question or exclamation mark, not in a period or comma. */
  private static final Pattern SENTENCE_END = Pattern.compile("[^.][.,;:][\"'”’)]*$");
  /** A sentence break inside: a word of two lower-case letters or more, a stop, more text. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile(
      "\\p{Ll}{2,}[.!?][\"'”’]*\\s+\\S");

  private Headlines() {}

  /** The title; removes its line and the header lines above it. */
  static String apply(Page page, String metaTitle) {
    List<Integer> header = header(page);
    String title = usable(metaTitle) ? metaTitle.strip() : null;
    int line = title == null ? best(page, header) : sameAs(page, header, title);
    if (line < 0 && title != null) {
      line = worded(page, header);
    }
    if (line < 0) {
      return title == null ? "" : title;
    }
    for (int i : header) {
      if (i < line) {
        page.remove(i, Furniture.HEADER);
      }
    }
    page.remove(line, Reason.TITLE);
    return title == null ? page.text(line) : title;
  }

  /** The kept blocks before the first paragraph of prose. */
  private static List<Integer> header(Page page) {
    List<Integer> kept = page.keptIndices();
    int end = 0;
    while (end < kept.size() && end < HEADER_BLOCKS && !Words.isProse(page.text(kept.get(end)))) {
      end++;
    }
    return kept.subList(0, end);
  }

  private static boolean usable(String metaTitle) {
    return metaTitle != null && Words.count(metaTitle) >= 2
        && !FILE_NAME_TITLE.matcher(metaTitle.strip()).find();
  }

  /**
   * The header line that repeats the known title, or -1. A line much longer than the title is
   * a paragraph that uses its words, not the headline.
   */
  private static int sameAs(Page page, List<Integer> header, String title) {
    int maxWords = 2 * Words.count(title) + 4;
    for (int i : header) {
      if (page.block(i).words() <= maxWords && overlap(page.text(i), title) >= SAME_TITLE_OVERLAP) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The headline worded otherwise than the metadata title: the top heading of the markup, or a
   * headline-like first line; else -1.
   */
  private static int worded(Page page, List<Integer> header) {
    for (int i : header) {
      if (page.block(i).shape() == Block.Shape.HEADLINE && isHeadlineLike(page.text(i))) {
        return i;
      }
    }
    return !header.isEmpty() && isHeadlineLike(page.text(header.get(0))) ? header.get(0) : -1;
  }

  /** The most headline-like header line, or -1. */
  private static int best(Page page, List<Integer> header) {
    int best = -1;
    double bestScore = 0;
    for (int rank = 0; rank < header.size(); rank++) {
      int i = header.get(rank);
      double score = score(page.block(i)) - 0.1 * rank;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static double score(Block block) {
    String text = block.text();
    if (!isHeadlineLike(text)) {
      return 0;
    }
    int words = block.words();
    double score = 1;
    score += switch (block.shape()) {
      case HEADLINE -> 3;
      case HEADING -> 1;
      default -> 0;
    };
    score += words >= 4 && words <= 25 ? 2 : 0;
    score += Words.allCaps(text) ? 0 : 2;
    return score;
  }

  /** A line that could be a headline: a few words, capitalised, not a sentence with a period. */
  static boolean isHeadlineLike(String text) {
    String t = text.strip();
    int words = Words.count(t);
    if (words < 2 || words > 30 || t.length() > 250) {
      return false;
    }
    char first = t.charAt(0);
    boolean capital = Character.isUpperCase(first) || Character.isDigit(first)
        || "\"'“‘".indexOf(first) >= 0;
    return capital && !SENTENCE_END.matcher(t).find() && !SENTENCE_INSIDE.matcher(t).find()
        && !DateParser.containsFullDate(t);
  }

  /** Share of the shorter text's words that the longer one has. */
  static double overlap(String a, String b) {
    Set<String> wa = Set.copyOf(List.of(Words.key(a).split(" ")));
    Set<String> wb = Set.copyOf(List.of(Words.key(b).split(" ")));
    Set<String> small = wa.size() <= wb.size() ? wa : wb;
    Set<String> large = small == wa ? wb : wa;
    if (small.isEmpty()) {
      return 0;
    }
    return small.stream().filter(large::contains).count() / (double) small.size();
  }
}
