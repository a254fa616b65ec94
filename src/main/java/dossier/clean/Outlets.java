package dossier.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publisher: the page's metadata, else a copyright line ("© 2019 Andes Monitor."), a
 * masthead above the headline ("THE DAILY MERIDIAN"), a staff byline ("Andes Monitor staff"),
 * or the agency in the dateline ("MOSCOW (Reuters) -").
 */
final class Outlets {
  /** A capitalised word; dots only inside, as in "U.S.", so a sentence's period ends it. */
  private static final String WORD =
      "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.\\p{Lu}[\\p{L}\\p{N}&'’-]*)*";
  private static final String NAME = "(" + WORD + "(?:\\s+(?:of|the|and|&|" + WORD + ")){0,5})";
  private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\([cC]\\)|(?i:copyright))"
      + "\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?(?:(?i:by)\\s+)?" + NAME);
  private static final Pattern STAFF = Pattern.compile(NAME + "\\s+(?i:staff|wire|news desk)\\b");
  private static final Pattern DATELINE_AGENCY = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .,'’-]{1,40}\\(([^)]{2,40})\\)\\s*[-–—]");
  private static final int MAX_MASTHEAD_WORDS = 5;

  private Outlets() {}

  static String find(Meta meta, Page page) {
    if (meta.outlet() != null) {
      return meta.outlet();
    }
    return copyright(page).or(() -> masthead(page)).or(() -> staff(page))
        .or(() -> datelineAgency(page)).orElse(null);
  }

  private static Optional<String> copyright(Page page) {
    for (int i = page.size() - 1; i >= 0; i--) {
      Matcher m = COPYRIGHT.matcher(page.text(i));
      if (m.find()) {
        return Optional.of(trimName(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> masthead(Page page) {
    for (int i = 0; i < page.size(); i++) {
      String text = page.text(i);
      if (page.furniture(i) == Furniture.HEADER && Words.allCaps(text)
          && Words.count(text) <= MAX_MASTHEAD_WORDS && text.matches("[\\p{L}&'’ .-]+")) {
        return Optional.of(titleCase(text));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> staff(Page page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.furniture(i) == Furniture.BYLINE) {
        Matcher m = STAFF.matcher(DateParser.strip(page.text(i)));
        if (m.find()) {
          return Optional.of(trimName(m.group(1)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> datelineAgency(Page page) {
    for (int i : page.keptIndices()) {
      Matcher m = DATELINE_AGENCY.matcher(page.text(i));
      if (m.find()) {
        return Optional.of(m.group(1).strip());
      }
      if (Words.isProse(page.text(i))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A name without a sentence's closing period ("Caribbean Wire." ends a copyright line). */
  private static String trimName(String name) {
    String n = name.strip();
    return n.endsWith(".") && !n.matches(".*\\b\\p{Lu}\\.$") ? n.substring(0, n.length() - 1) : n;
  }

  private static String titleCase(String caps) {
    StringBuilder out = new StringBuilder();
    for (String w : caps.toLowerCase(Locale.ROOT).split(" ")) {
      if (!w.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ")
            .append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return out.toString();
  }
}
