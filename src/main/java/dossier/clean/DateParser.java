package dossier.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (day, month and year) written in English news style, day first with a month named
 * in one of the common European languages ("3. März 2019", "3 de marzo de 2019"), with dots
 * (3.3.2019, always day first) or in ISO 8601. Numeric dates with slashes such as 03/04/2019
 * are left alone: their day and month order is unknown.
 */
final class DateParser {
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|"
      + "June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> FOREIGN_MONTHS = foreignMonths();
  private static final Pattern FOREIGN_DAY_FIRST = Pattern.compile("(?<![\\p{L}\\d])" + DAY
      + "\\.?\\s+(?:de\\s+)?(" + String.join("|", FOREIGN_MONTHS.keySet()) + ")\\.?,?\\s+(?:de\\s+)?"
      + YEAR + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DOTTED = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.]\\d)");
  private static final Pattern ISO = Pattern.compile(
      "\\b((?:19|20)\\d{2})[-/](\\d{2})[-/](\\d{2})(?![\\d/-]\\d)");
  /** Times, zones and the words around a date in a date line. */
  private static final Pattern DATE_LINE_NOISE = Pattern.compile("\\b[ap]\\.m\\.|\\b("
      + "\\d{1,2}[:.]\\d{2}|[ap]m|(last )?(updated|published|posted|modified)( on| at)?"
      + "|GMT|UTC|ET|EDT|EST|CST|CDT|PST|PDT|BST|CET|CEST|MSK"
      + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b|[|•·,:\\-–—/]", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParser() {}

  /** The full dates in the text, in order. */
  static List<LocalDate> all(String text) {
    if (!holdsYear(text)) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    collect(MONTH_FIRST.matcher(text), 2, 1, 3, true, found);
    collect(DAY_FIRST.matcher(text), 1, 2, 3, true, found);
    collect(ISO.matcher(text), 3, 2, 1, false, found);
    collect(DOTTED.matcher(text), 1, 2, 3, false, found);
    collectForeign(FOREIGN_DAY_FIRST.matcher(text), found);
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found.stream().map(Found::date).toList();
  }

  static Optional<LocalDate> first(String text) {
    List<LocalDate> dates = all(text);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
  }

  static boolean containsFullDate(String text) {
    return !all(text).isEmpty();
  }

  /** The text with its dates, times and date-line words removed, to see what else it holds. */
  static String strip(String text) {
    String s = MONTH_FIRST.matcher(text).replaceAll(" ");
    s = DAY_FIRST.matcher(s).replaceAll(" ");
    s = ISO.matcher(s).replaceAll(" ");
    s = DOTTED.matcher(s).replaceAll(" ");
    s = FOREIGN_DAY_FIRST.matcher(s).replaceAll(" ");
    return DATE_LINE_NOISE.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Whether the text has four digits starting 19 or 20, as every date pattern's year does: a
   * scan much quicker than the patterns, and most blocks of a page have no year.
   */
  private static boolean holdsYear(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if (((c == '1' && next == '9') || (c == '2' && next == '0'))
          && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void collect(Matcher m, int dayGroup, int monthGroup, int yearGroup,
      boolean monthName, List<Found> out) {
    while (m.find()) {
      String monthText = m.group(monthGroup);
      int month = monthName
          ? MONTHS.get(monthText.substring(0, 3).toLowerCase(Locale.ROOT))
          : Integer.parseInt(monthText);
      try {
        out.add(new Found(m.start(), LocalDate.of(Integer.parseInt(m.group(yearGroup)), month,
            Integer.parseInt(m.group(dayGroup)))));
      } catch (DateTimeException e) {
        // Not a calendar date ("February 30, 2019"): not a date at all.
      }
    }
  }

  private static void collectForeign(Matcher m, List<Found> out) {
    while (m.find()) {
      Integer month = FOREIGN_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      try {
        out.add(new Found(m.start(), LocalDate.of(Integer.parseInt(m.group(3)), month,
            Integer.parseInt(m.group(1)))));
      } catch (DateTimeException | NullPointerException e) {
        // Not a calendar date.
      }
    }
  }

  /**
   * Month names of German, French, Spanish, Italian, Portuguese, Dutch and Polish (genitive,
   * as dates write them), longest first so that the pattern tries "juillet" before "juil".
   */
  private static Map<String, Integer> foreignMonths() {
    String[][] names = {
        {"januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia"},
        {"februar", "février", "febrero", "febbraio", "fevereiro", "februari", "lutego"},
        {"märz", "mars", "marzo", "março", "maart", "marca"},
        {"april", "avril", "abril", "aprile", "kwietnia"},
        {"mai", "mayo", "maggio", "maio", "mei", "maja"},
        {"juni", "juin", "junio", "giugno", "junho", "czerwca"},
        {"juli", "juillet", "julio", "luglio", "julho", "lipca"},
        {"august", "août", "agosto", "augustus", "sierpnia"},
        {"september", "septembre", "septiembre", "settembre", "setembro", "września"},
        {"oktober", "octobre", "octubre", "ottobre", "outubro", "października"},
        {"november", "novembre", "noviembre", "novembro", "listopada"},
        {"dezember", "décembre", "diciembre", "dicembre", "dezembro", "december", "grudnia"}};
    Map<String, Integer> months = new java.util.TreeMap<>(
        java.util.Comparator.comparing(String::length).reversed().thenComparing(s -> s));
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(name, m + 1);
      }
    }
    return months;
  }

  private record Found(int start, LocalDate date) {}
}
