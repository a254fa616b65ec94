package dossier.clean;

import java.util.List;
import java.util.Set;

/**
 * The densest run of prose in a scrape: the run of lines with the largest sum when each prose
 * line scores its words less a little and every other line costs the same, so that a story
 * stays whole across its subheadings while long menus and link lists break runs. The line
 * that echoes the page title (the headline over the story) gets a bonus, so that the run
 * starts at the story rather than at a longer block of comments or links further down.
 */
final class DenseRun {
  private static final int NON_PROSE_COST = 10;
  private static final int PROSE_DISCOUNT = 4;
  /** One very long line (a flattened table) counts no more than this. */
  private static final int MAX_LINE_SCORE = 60;
  private static final int HEADLINE_BONUS = 50;
  /** How far down the headline is looked for. */
  private static final int HEADLINE_WINDOW = 300;
  /** A line echoes the title when it has this share of the title's words... */
  private static final double ECHO_SHARE = 0.8;
  /** ...and is not much longer than the title. */
  private static final double ECHO_LENGTH = 1.5;

  /** Lines [start, end) of the run, and the headline's line or -1. */
  record Run(int start, int end, int headline) {

    boolean contains(int i) {
      return i >= start && i < end;
    }
  }

  private DenseRun() {}

  static Run find(List<ScrapeLine> lines, String ownTitle, Set<String> titleWords) {
    int headline = headline(lines, ownTitle, titleWords);
    int best = 0;
    int bestStart = 0;
    int bestEnd = 0;
    int sum = 0;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      int value = value(lines.get(i)) + (i == headline ? HEADLINE_BONUS : 0);
      if (sum <= 0) {
        sum = value;
        start = i;
      } else {
        sum += value;
      }
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    return new Run(bestStart, bestEnd, headline);
  }

  /** A long line with punctuation and words of letters, or a shorter finished sentence. */
  private static int value(ScrapeLine line) {
    int n = line.length;
    boolean finished = line.endsSentence() || line.endsColon();
    boolean prose = (n >= 15 && line.marks() >= 1 && line.share(Character::isLetter) >= 0.7)
        || (n >= 8 && finished);
    return prose ? Math.min(n, MAX_LINE_SCORE) - PROSE_DISCOUNT : -NON_PROSE_COST;
  }

  /** The first line after the title that repeats it, or -1. */
  private static int headline(List<ScrapeLine> lines, String ownTitle, Set<String> titleWords) {
    if (titleWords.size() < 2) {
      return -1;
    }
    for (int i = 1; i < Math.min(lines.size(), HEADLINE_WINDOW); i++) {
      ScrapeLine line = lines.get(i);
      Set<String> words = line.wordSet();
      long shared = words.stream().filter(titleWords::contains).count();
      if (!words.isEmpty() && shared >= ECHO_SHARE * titleWords.size()
          && line.text.length() <= ownTitle.length() * ECHO_LENGTH + 10) {
        return i;
      }
    }
    return -1;
  }
}
