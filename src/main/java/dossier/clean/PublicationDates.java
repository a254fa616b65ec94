package dossier.clean;

import dossier.model.DateSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds when the report was published: the metadata; else a byline or "Published ..." line, a
 * short line with a date before the story's first paragraphs, or a date at the head of the
 * first paragraph; else an estimate from the full dates the clean text mentions.
 */
final class PublicationDates {
  private static final Pattern PUBLISHED_LINE = Pattern.compile(
      "^(?i:(last )?(published|updated|posted|date|dated))\\b");
  /** A year on its own: not inside a longer number such as 1,998 or 20190. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(19|20)\\d{2}(?![\\d,])");
  /** How far into the first paragraph a dateline's date may sit. */
  private static final int DATELINE_CHARS = 80;
  private static final int DATE_LINE_WORDS = 12;
  private static final int HEAD_PARAGRAPHS = 2;

  private PublicationDates() {}

  /** A date and where it came from. */
  record Dated(LocalDate date, DateSource source) {}

  static Optional<Dated> find(Meta meta, Page page, String cleanText) {
    if (meta.published() != null) {
      return Optional.of(new Dated(meta.published(), DateSource.METADATA));
    }
    return fromText(page).map(d -> new Dated(d, DateSource.TEXT))
        .or(() -> estimate(cleanText).map(d -> new Dated(d, DateSource.ESTIMATED)));
  }

  private static Optional<LocalDate> fromText(Page page) {
    for (int i = 0; i < page.size(); i++) {
      String text = page.text(i);
      if (page.furniture(i) == Furniture.BYLINE || PUBLISHED_LINE.matcher(text).find()) {
        Optional<LocalDate> date = DateParser.first(text);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return dateLine(page).or(() -> firstParagraph(page)
        .flatMap(p -> DateParser.first(p.substring(0, Math.min(p.length(), DATELINE_CHARS)))));
  }

  /**
   * The date of a short line around the story's head ("Friday, 5 June 2015"), kept or removed,
   * up to the story's first paragraphs; the lines around a headline date it.
   */
  private static Optional<LocalDate> dateLine(Page page) {
    int paragraphs = 0;
    for (int i = 0; i < page.size() && paragraphs < HEAD_PARAGRAPHS; i++) {
      String text = page.text(i);
      if (page.kept(i) && Words.isProse(text)) {
        paragraphs++;
      } else if (Words.count(text) <= DATE_LINE_WORDS) {
        Optional<LocalDate> date = DateParser.first(text);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstParagraph(Page page) {
    return page.keptIndices().stream().map(page::text).filter(Words::isProse).findFirst();
  }

  /**
   * The full date mentioned most, the latest among equals. A report is not older than the
   * latest year it names, so dates before that year are history it recalls, not its own date.
   */
  private static Optional<LocalDate> estimate(String text) {
    int latestYear = latestYear(text);
    List<LocalDate> dates = DateParser.all(text).stream()
        .filter(d -> d.getYear() >= latestYear).toList();
    Map<LocalDate, Long> counts = dates.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Comparator.comparing(Map.Entry<LocalDate, Long>::getValue)
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }

  private static int latestYear(String text) {
    Matcher m = YEAR.matcher(text);
    int latest = 0;
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group()));
    }
    return latest;
  }
}
