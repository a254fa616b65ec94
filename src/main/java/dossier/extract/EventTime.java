package dossier.extract;

import dossier.model.Dependency;
import dossier.model.Sentence;
import dossier.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened: the first resolved date in the trigger's own clause, as an ISO 8601
 * prefix. Weeks ("2019-W18") become the month holding their Thursday, so that times sort.
 */
final class EventTime {
  private static final Pattern DAY_OR_MONTH = Pattern.compile("^(\\d{4})(-(\\d{2})(-(\\d{2}))?)?");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");

  private EventTime() {}

  /** The time of the clause whose verb is {@code verb}, or null. */
  static String of(Sentence s, int verb) {
    for (Token t : s.tokens()) {
      if (t.ner().equals("DATE") && t.normalized() != null && clauseVerb(s, t.index()) == verb) {
        String iso = iso(t.normalized());
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  /** An ISO prefix for a SUTime value: "2019-05-06", "2019-05", "2019", a week; else null. */
  static String iso(String normalized) {
    Matcher week = WEEK.matcher(normalized);
    if (week.find()) {
      LocalDate thursday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
          .with(DayOfWeek.THURSDAY);
      return thursday.toString().substring(0, 7);
    }
    Matcher m = DAY_OR_MONTH.matcher(normalized);
    return m.find() ? m.group() : null;
  }

  /** The nearest verb above a token (a clause's head), or 0 at the root. */
  static int clauseVerb(Sentence s, int token) {
    int at = token;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      Dependency up = s.parentEdge(at);
      if (up == null || up.governor() == 0) {
        return 0;
      }
      at = up.governor();
      if (s.token(at).pos().startsWith("VB")) {
        return at;
      }
    }
    return 0;
  }
}
