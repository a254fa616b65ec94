package dossier.resolve;

import dossier.model.Entity;
import dossier.model.EntityType;
import java.util.List;
import java.util.Map;

/**
 * A name's uses added up over the stored reports: what the resolver compares names by.
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

  /** A person's one-word name: it stands for someone named in the same report or elsewhere. */
  boolean bare() {
    return NameKeys.bareSurname(type, key);
  }

  List<String> words() {
    return List.of(key.split(" "));
  }

  /** The first written form, which reasons quote. */
  String form() {
    return forms.keySet().iterator().next();
  }
}
