package dossier.resolve;

import dossier.model.EntityType;
import java.util.List;

/**
 * An entity given by the names it holds ({@link NameNode#id}) rather than by its mentions, so
 * that a store can rewrite only what changed.
 *
 * @param perReport true when the one name it holds is a bare surname that joined no one: each
 *     report's mentions of it are then an entity of their own, alike but for their mentions
 */
public record EntityOfNames(String name, EntityType type, List<String> aliases,
    List<String> reasons, List<Long> names, boolean perReport) {}
