package dossier.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A request's query parameters, checked: a bad one is a 400 that names it. */
final class Params {
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 200;
  private static final int MAX_OFFSET = 10_000_000;

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The page size, 1 to {@link #MAX_LIMIT}. */
  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  /** The parameter's value, or null when it is absent or empty. */
  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  int integer(String name, int absent, int min, int max) {
    String v = text(name);
    if (v == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Answered below, as for a number out of range.
    }
    throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max);
  }

  LocalDate date(String name) {
    String v = text(name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a date as YYYY-MM-DD");
    }
  }

  /** One of an enum's constants by its lower-case name, or null when absent. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw ApiError.badRequest(name + " must be one of: " + allowed);
  }
}
