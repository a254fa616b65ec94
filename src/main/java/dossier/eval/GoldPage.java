package dossier.eval;

import java.util.List;

/**
 * One page of a segment-based gold set.
 *
 * @param url the page's address, its key in the set
 * @param file the HTML file name under {@code html/}, without the {@code .gz}
 * @param with main-text segments that a good extraction contains
 * @param without boilerplate segments that it leaves out
 * @param title gold headline, or null
 * @param author gold byline (several names joined by "; "), or null
 * @param date gold publication date, ISO, possibly with a time, or null
 */
record GoldPage(String url, String file, List<String> with, List<String> without, String title,
    String author, String date) {

  GoldPage {
    with = List.copyOf(with);
    without = List.copyOf(without);
  }
}
