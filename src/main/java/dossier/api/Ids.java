package dossier.api;

import dossier.model.FactRef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's ids: {@code d12} for a report and {@code e3} for an entity (the store's keys, as in
 * the JSON export), and {@code c12-0}, {@code v12-0}, {@code q12-0} for the claims, events and
 * quantities of report 12 by their order in it (stable across rebuilds, unlike the export's
 * running numbers). The letter may be left out of an id in a request.
 */
final class Ids {
  private static final Pattern KEY = Pattern.compile("(\\d{1,18})");
  private static final Pattern FACT = Pattern.compile("(\\d{1,18})-(\\d{1,9})");

  private Ids() {}

  static String doc(long id) {
    return "d" + id;
  }

  static String entity(long id) {
    return "e" + id;
  }

  static String claim(FactRef ref) {
    return "c" + ref.doc() + "-" + ref.index();
  }

  static String event(FactRef ref) {
    return "v" + ref.doc() + "-" + ref.index();
  }

  static String quantity(FactRef ref) {
    return "q" + ref.doc() + "-" + ref.index();
  }

  static String entityOrNull(Long id) {
    return id == null ? null : entity(id);
  }

  static long parseDoc(String id) {
    return key("document", 'd', id);
  }

  static long parseEntity(String id) {
    return key("entity", 'e', id);
  }

  static FactRef parseClaim(String id) {
    return fact("claim", 'c', id);
  }

  static FactRef parseEvent(String id) {
    return fact("event", 'v', id);
  }

  private static long key(String what, char letter, String id) {
    Matcher m = KEY.matcher(strip(letter, id));
    if (!m.matches()) {
      throw ApiError.badRequest("bad " + what + " id (like " + letter + "12)");
    }
    return Long.parseLong(m.group(1));
  }

  private static FactRef fact(String what, char letter, String id) {
    Matcher m = FACT.matcher(strip(letter, id));
    if (!m.matches()) {
      throw ApiError.badRequest("bad " + what + " id (like " + letter + "12-0)");
    }
    return new FactRef(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)));
  }

  private static String strip(char letter, String id) {
    return !id.isEmpty() && id.charAt(0) == letter ? id.substring(1) : id;
  }
}
