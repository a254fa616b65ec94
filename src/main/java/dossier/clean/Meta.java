package dossier.clean;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's markup or a file's properties say about the report; each field null when
 * unsaid.
 */
record Meta(String title, String outlet, String author, LocalDate published) {
  static final Meta NONE = new Meta(null, null, null, null);
  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

  /** From the properties Tika read out of a PDF or Word file. */
  static Meta fromProperties(Map<String, String> properties) {
    return new Meta(properties.get("dc:title"), null, properties.get("dc:creator"),
        date(properties.get("dcterms:created")).orElse(null));
  }

  /** The calendar day of a metadata date: ISO 8601 as written (the publisher's own day). */
  static Optional<LocalDate> date(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO_DAY.matcher(value);
    if (m.find()) {
      try {
        return Optional.of(LocalDate.parse(m.group(1)));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return DateParser.first(value);
  }
}
