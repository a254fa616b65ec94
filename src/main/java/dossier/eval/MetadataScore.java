package dossier.eval;

import java.util.Locale;

/**
 * How often the title, author and date found match the gold, each over the pages whose gold has
 * that field. Title and author match when, case and whitespace aside, one equals or contains the
 * other; the date matches on its {@code YYYY-MM-DD} part.
 */
final class MetadataScore {
  static final String RULE = "title/author: case- and whitespace-insensitive equality or containment "
      + "either way; date: same YYYY-MM-DD; each over the pages whose gold has the field";

  private final Tally title = new Tally();
  private final Tally author = new Tally();
  private final Tally date = new Tally();

  void add(Output output, GoldPage gold) {
    title.add(gold.title(), output.title(), MetadataScore::sameText);
    author.add(gold.author(), output.author(), MetadataScore::sameText);
    date.add(gold.date(), output.date(), MetadataScore::sameDay);
  }

  Tally title() {
    return title;
  }

  Tally author() {
    return author;
  }

  Tally date() {
    return date;
  }

  static boolean sameText(String gold, String found) {
    String g = fold(gold);
    String f = fold(found);
    return !g.isEmpty() && !f.isEmpty() && (g.contains(f) || f.contains(g));
  }

  static boolean sameDay(String gold, String found) {
    return found != null && day(gold).equals(day(found.strip()));
  }

  private static String day(String iso) {
    String s = iso.strip();
    return s.length() > 10 ? s.substring(0, 10) : s;
  }

  private static String fold(String s) {
    return SegmentScore.normalise(s).toLowerCase(Locale.ROOT);
  }

  /** Hits over the pages whose gold has the field. */
  static final class Tally {
    private int hits;
    private int total;

    void add(String gold, String found, java.util.function.BiPredicate<String, String> match) {
      if (gold == null) {
        return;
      }
      total++;
      if (found != null && match.test(gold, found)) {
        hits++;
      }
    }

    int hits() {
      return hits;
    }

    int total() {
      return total;
    }

    double rate() {
      return total == 0 ? 0 : (double) hits / total;
    }
  }
}
