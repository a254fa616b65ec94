package dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that SUTime's English grammar (the {@code edu/stanford/nlp/models/sutime} rules) and
 * CoreNLP's number normalizer build their expressions on. Every rule needs a digit or one of
 * these: the others ("the", "last", "early", "about") only extend an expression they anchor.
 */
final class TimeWords {
  private static final Set<String> WORDS = Set.of(
      // units of time
      "year", "yr", "month", "mo", "day", "hour", "hr", "minute", "min", "second", "sec",
      "millisecond", "millisec", "week", "wk", "fortnight", "quarter", "decade", "century",
      "centuries", "millennium", "millennia", "millenium", "millenia",
      // parts of the day
      "morning", "afternoon", "evening", "night", "noon", "midnight", "midday", "teatime",
      "lunchtime", "dinnertime", "suppertime", "dusk", "dawn", "daybreak", "sunup", "sunrise",
      "sundown", "sunset", "twilight", "daylight", "daytime", "nighttime", "overnight", "workday",
      "tonight", "tonite",
      // seasons
      "summer", "winter", "fall", "autumn", "spring",
      // days relative to now, and the vague past, present and future
      "today", "tomorrow", "yesterday", "now", "current", "currently", "present", "past",
      "previously", "recently", "future", "time", "once", "twice", "thrice", "ago", "hence",
      "medieval",
      // days of the week, months, with the abbreviations the grammar reads
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "weekend", "weekday",
      "workweek", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "ides", "nones",
      // holidays and birthdays, decades
      "christmas", "xmas", "halloween", "thanksgiving", "easter", "birthday", "oughts",
      "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
      "nineties",
      // numbers and ordinals in words
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty",
      "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "gross",
      "score", "half", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
      "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "hundreth",
      "thousandth", "millionth", "billionth", "trillionth");

  /** The grammar's periodic sets match any word ending so: "biweekly", "semiannual". */
  private static final List<String> PERIODIC = List.of("yearly", "annually", "annual", "hourly",
      "nightly", "daily", "weekly", "monthly", "quarterly", "centennial");

  private TimeWords() {}

  /** Whether a token, as written, holds a digit or a time or number word (or its plural). */
  static boolean anchors(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isDigit(c)) {
        return true;
      }
      boolean letter = Character.isLetter(c);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (isTimeWord(lower.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  private static boolean isTimeWord(String word) {
    return WORDS.contains(word)
        || word.endsWith("s") && WORDS.contains(word.substring(0, word.length() - 1))
        || PERIODIC.stream().anyMatch(word::endsWith);
  }
}
