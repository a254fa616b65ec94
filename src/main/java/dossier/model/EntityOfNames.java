package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity given by the names it holds ({@link NameNode#id}) rather than by its mentions, so
 * that a store can rewrite only what changed.
 *
 * @param names the ids of its names, at least one
 * @param perReport true when the one name it holds is a bare surname that joined no one: each
 *     report's mentions of it are then an entity of their own, alike but for their mentions
 */
public record EntityOfNames(String name, EntityType type, List<String> aliases,
    List<String> reasons, List<Long> names, boolean perReport) {

  public EntityOfNames {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    reasons = List.copyOf(reasons);
    names = List.copyOf(names);
    if (names.isEmpty() || (perReport && names.size() != 1)) {
      throw new IllegalArgumentException(name + " holds " + names.size() + " names"
          + (perReport ? ", one per report" : ""));
    }
  }
}
