package dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One report's mentions of one name, as the resolver groups them: a full name is one name over
 * all reports; a bare surname is one name with the bare surnames of other reports that read
 * alike (the same forms, the same namesakes beside it), since every rule decides those alike.
 * A store adds up each name's uses, so that new reports are resolved against names, not against
 * every mention of them.
 *
 * @param name what identifies the name across reports
 * @param key the name's comparable form
 * @param beside for a bare surname, the full names of the report that it may stand for
 * @param ords the mentions' positions in the report's mention list, the first first
 * @param first the mention that comes first in the text
 * @param forms the written forms, each with its count, in the order they come
 * @param keys the keys under which a store finds the name for the resolver
 * @param given the names the report gives this one in so many words
 */
public record NameUse(String name, EntityType type, String key, List<String> beside,
    List<Integer> ords, Entity.At first, Map<String, Integer> forms, List<String> keys,
    List<Given> given) {

  /** The {@code seq}-th alias that report {@code doc} gives a name, in the order it gives them. */
  public record Given(long doc, int seq, String alias) {
    public Given {
      Objects.requireNonNull(alias, "alias");
      if (seq < 0) {
        throw new IllegalArgumentException("negative alias number: " + seq);
      }
    }
  }

  public NameUse {
    NameNode.requireNamed(name, type, key, first);
    beside = List.copyOf(beside);
    ords = List.copyOf(ords);
    forms = NameNode.forms(forms);
    keys = List.copyOf(keys);
    given = List.copyOf(given);
    if (ords.isEmpty()) {
      throw new IllegalArgumentException("a use of " + name + " without mentions");
    }
  }
}
