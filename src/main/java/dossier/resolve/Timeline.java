package dossier.resolve;

import dossier.model.Extraction;
import dossier.model.FactRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Events and claims in time order. An event is placed at the time the report gives for it, a
 * claim at the time the report says it was made, else at the publication of the report that
 * carries it (when it was said at the latest); each entry says how precise its time is.
 */
public final class Timeline {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}.*");
  private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q\\d");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECADE = Pattern.compile("\\d{3}X");

  /** What a timeline entry is. */
  public enum Kind { EVENT, CLAIM }

  /**
   * One dated fact.
   *
   * @param time an ISO 8601 prefix
   * @param precision day, week, month, season, quarter, year, decade, or approximate
   * @param basis {@code text} when the report dates the fact (an event's time, a claim's "said on
   *     Monday"), {@code publication} when only its publication date does
   */
  public record Entry(String time, String precision, String basis, Kind kind, FactRef fact) {}

  private Timeline() {}

  /** Every dated event and claim, earliest first; undated ones are left out. */
  public static List<Entry> of(Map<Long, Extraction> docs) {
    List<Entry> out = new ArrayList<>();
    docs.forEach((id, x) -> {
      for (int i = 0; i < x.events().size(); i++) {
        String time = x.events().get(i).time();
        if (time != null && !time.isBlank()) {
          out.add(new Entry(time, precision(time), "text", Kind.EVENT, new FactRef(id, i)));
        }
      }
      String published = x.article().published() == null ? null
          : x.article().published().toString();
      for (int i = 0; i < x.claims().size(); i++) {
        String said = x.claims().get(i).time();
        if (said != null) {
          out.add(new Entry(said, precision(said), "text", Kind.CLAIM, new FactRef(id, i)));
        } else if (published != null) {
          out.add(new Entry(published, "day", "publication", Kind.CLAIM, new FactRef(id, i)));
        }
      }
    });
    out.sort(Comparator.comparing(Entry::time).thenComparing(Entry::kind)
        .thenComparingLong(e -> e.fact().doc()).thenComparingInt(e -> e.fact().index()));
    return out;
  }

  /** How precise a TIMEX-style value is; anything with unknown digits is approximate. */
  public static String precision(String time) {
    if (time.contains("X") && !DECADE.matcher(time).matches()) {
      return "approximate";
    }
    if (DAY.matcher(time).matches()) {
      return "day";
    }
    if (WEEK.matcher(time).matches()) {
      return "week";
    }
    if (MONTH.matcher(time).matches()) {
      return "month";
    }
    if (SEASON.matcher(time).matches()) {
      return "season";
    }
    if (QUARTER.matcher(time).matches()) {
      return "quarter";
    }
    if (YEAR.matcher(time).matches()) {
      return "year";
    }
    return DECADE.matcher(time).matches() ? "decade" : "approximate";
  }
}
