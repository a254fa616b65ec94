package dossier.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A name's uses ({@link NameUse}) added up over the stored reports: what the resolver compares
 * names by.
 *
 * @param id the store's number for the name
 * @param forms the written forms with their counts, in the order they first came
 * @param mentions how many mentions the name has
 * @param reports how many reports use it
 * @param firstOrd the position of its first report's first mention, which orders names
 * @param first its first mention in the text of its first report
 * @param given each alias given to it, where it was first given
 */
public record NameNode(long id, String name, EntityType type, String key, List<String> beside,
    Map<String, Integer> forms, int mentions, int reports, int firstOrd, Entity.At first,
    List<NameUse.Given> given) {

  public NameNode {
    requireNamed(name, type, key, first);
    beside = List.copyOf(beside);
    forms = forms(forms);
    given = List.copyOf(given);
    if (reports < 1 || mentions < reports || firstOrd < 0) {
      throw new IllegalArgumentException(name + ": " + mentions + " mentions in " + reports
          + " reports, the first at " + firstOrd);
    }
  }

  /** The words of its comparable form. */
  public List<String> words() {
    return List.of(key.split(" "));
  }

  /** The first written form, which reasons quote. */
  public String form() {
    return forms.keySet().iterator().next();
  }

  /** Fails fast on a name without what identifies it or where it was first mentioned. */
  static void requireNamed(String name, EntityType type, String key, Entity.At first) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(first, "first");
  }

  /** An unmodifiable copy that keeps the forms' order, which says which came first. */
  static Map<String, Integer> forms(Map<String, Integer> forms) {
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("a name without a written form");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(forms));
  }
}
