package dossier.resolve;

import dossier.model.Correction;
import dossier.model.EntityType;
import dossier.model.NameNode;
import dossier.model.NameUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored names that new reports' names can reach through the rules of {@link Resolver}:
 * their names, the names sharing a lead or surname with them, the names given as aliases and
 * the names the user merged, and so on until nothing new is reached. Every rule decides a merge
 * by comparing names that reach each other, so resolving these names alone gives their entities
 * exactly as resolving the whole store would, and every entity stored before that holds one of
 * them lies wholly inside. Names, not mentions, are read: a name in thousands of reports is one.
 */
final class Neighbourhood {
  private final NameLookup lookup;
  /** The names the user merged with a name, by the name's node for each type. */
  private final Map<String, List<String>> mergedWith = new HashMap<>();
  private final Set<String> looked = new HashSet<>();
  private final Map<Long, NameNode> reached = new HashMap<>();
  private final Deque<NameNode> queue = new ArrayDeque<>();

  Neighbourhood(NameLookup lookup, List<Correction> corrections) {
    this.lookup = lookup;
    for (Correction c : corrections) {
      if (c.action() == Correction.Action.MERGE) {
        merged(c.a(), c.b());
        merged(c.b(), c.a());
      }
    }
  }

  /** Reaches out from the given names of new reports. */
  Neighbourhood from(List<NameUse> uses) {
    for (NameUse u : uses) {
      lookUp(NameKeys.NODE + NameKeys.node(u.type(), u.key()));
    }
    while (!queue.isEmpty()) {
      expand(queue.poll());
    }
    return this;
  }

  /** The names reached, in the order of their first mention. */
  List<NameNode> nodes() {
    List<NameNode> out = new ArrayList<>(reached.values());
    out.sort(Comparator.comparingLong((NameNode n) -> n.first().doc())
        .thenComparingInt(NameNode::firstOrd));
    return out;
  }

  private void expand(NameNode n) {
    String node = NameKeys.node(n.type(), n.key());
    if (NameKeys.bareSurname(n)) {
      lookUp(NameKeys.SURNAME + n.key() + "|");
    } else {
      person(n);
    }
    lookUp(NameKeys.ALIAS + node);
    n.given().forEach(g -> named(g.alias()));
    mergedWith.getOrDefault(node, List.of()).forEach(this::named);
  }

  /** A full name reaches its longer forms and the bare surnames that may stand for it. */
  private void person(NameNode n) {
    List<String> words = n.words();
    if (n.type() == EntityType.PERSON && words.size() >= 2) {
      lookUp(NameKeys.LEAD + words.get(0) + " " + words.get(1) + "|");
      for (String surname : NameKeys.surnames(words)) {
        lookUp(NameKeys.NODE + NameKeys.node(EntityType.PERSON, surname));
      }
    }
  }

  private void merged(String name, String other) {
    for (EntityType type : EntityType.values()) {
      mergedWith.computeIfAbsent(NameKeys.node(type, Names.key(name, type)), k -> new ArrayList<>())
          .add(other);
    }
  }

  /** Every name that a written name can stand for, whatever its type. */
  private void named(String name) {
    for (EntityType type : EntityType.values()) {
      lookUp(NameKeys.NODE + NameKeys.node(type, Names.key(name, type)));
    }
  }

  /** Reaches every name under a key prefix, once: a common surname is reached from many names. */
  private void lookUp(String prefix) {
    if (looked.add(prefix)) {
      lookup.withKeyPrefix(prefix, n -> {
        if (reached.putIfAbsent(n.id(), n) == null) {
          queue.add(n);
        }
      });
    }
  }
}
