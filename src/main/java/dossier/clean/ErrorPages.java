package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds error pages saved in place of a report (not found, forbidden, bot walls). When the page
 * holds little besides, the whole document is the error page and nothing is kept; otherwise only
 * short lines that plainly are error messages go.
 */
final class ErrorPages {
  /**
   * Wording that only error pages use, looked for only in lines that hold one of its words:
   * most short lines of a page (labels, links, captions) hold none.
   */
  private static final Cue ERROR = Cue.anywhere("\\b(40[0-9]|410|429|50[0-4])\\b.{0,40}"
      + "\\b(error|not found|forbidden|unauthori[sz]ed|gone|unavailable|too many requests)\\b"
      + "|\\berror:? (40[0-9]|50[0-9])\\b|\\b(page|article|url|resource) (was |could )?not "
      + "(be )?found\\b|^access (is )?denied\\b|^forbidden\\b|you don'?t have permission to "
      + "access|are you a (human|robot)|verify (that )?you are (a )?human|"
      + "\\b(page|article|story|content) (you|you're|you are|you were) (looking for|requested|"
      + "trying to (reach|access)) (does not|doesn't|no longer|could not|cannot|can't|is not|"
      + "isn't|was not|has been)",
      "40", "41", "42", "50", "error", "found", "denied", "forbidden", "permission", "are you a",
      "verify", "looking for", "requested", "trying to");
  /** More words than this besides the error lines make it a report with an error line in it. */
  private static final int MAX_OTHER_WORDS = 60;
  private static final int MAX_ERROR_LINE_WORDS = 20;

  private ErrorPages() {}

  /**
   * Removes the error lines, and everything when the page is only an error page.
   *
   * @return whether the whole page was an error page
   */
  static boolean apply(Page page, String metaTitle) {
    List<Integer> errors = new ArrayList<>();
    int otherWords = 0;
    for (int i : page.keptIndices()) {
      int words = page.block(i).words();
      if (isErrorLine(page.text(i), words)) {
        errors.add(i);
      } else {
        otherWords += words;
      }
    }
    boolean signal = !errors.isEmpty() || (metaTitle != null && isErrorLine(metaTitle));
    boolean wholePage = signal && otherWords <= MAX_OTHER_WORDS;
    for (int i : wholePage ? page.keptIndices() : errors) {
      page.remove(i, Furniture.ERROR);
    }
    return wholePage;
  }

  static boolean isErrorLine(String text) {
    return isErrorLine(text, Words.count(text));
  }

  private static boolean isErrorLine(String text, int words) {
    return words <= MAX_ERROR_LINE_WORDS && ERROR.in(text.toLowerCase(Locale.ROOT));
  }
}
