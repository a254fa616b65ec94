package dossier.resolve;

import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.NameNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lookup keys under which the store indexes names, so that a later report is resolved
 * against only the names it can join: every rule of {@link Resolver} compares names that share
 * one of these keys. Each key ends with {@code |}, so that a key is also a prefix that matches it
 * alone.
 */
final class NameKeys {
  /** A name: its type and comparable form. */
  static final String NODE = "n|";
  /** A person's first two words: every longer form of a name shares them. */
  static final String LEAD = "p|";
  /** A person's surname, by which a bare surname joins it. */
  static final String SURNAME = "s|";
  /** A name a report gives a person in so many words, by the name's key for each type. */
  static final String ALIAS = "a|";

  private NameKeys() {}

  /** The keys of a name of this type and key that was given these aliases. */
  static List<String> of(EntityType type, String key, List<String> aliases) {
    List<String> out = new ArrayList<>(List.of(NODE + node(type, key)));
    List<String> words = List.of(key.split(" "));
    if (type == EntityType.PERSON && words.size() >= 2) {
      out.add(LEAD + words.get(0) + " " + words.get(1) + "|");
      surnames(words).forEach(s -> out.add(SURNAME + s + "|"));
    }
    for (String alias : aliases) {
      for (EntityType t : EntityType.values()) {
        out.add(ALIAS + node(t, Names.key(alias, t)));
      }
    }
    return out;
  }

  /** The key of a name node: its comparable form, or its lower-cased text when that is empty. */
  static String nodeKey(Mention m) {
    String key = Names.key(m.text(), m.type());
    return key.isEmpty() ? m.text().strip().toLowerCase(Locale.ROOT) : key;
  }

  /** A person's one-word name stands for someone named in the same report or elsewhere. */
  static boolean bareSurname(EntityType type, String key) {
    return type == EntityType.PERSON && !key.contains(" ");
  }

  /** Whether a stored name is a person's one-word name. */
  static boolean bareSurname(NameNode n) {
    return bareSurname(n.type(), n.key());
  }

  /**
   * Surnames of a name of two words or more: the last word, and for Spanish names of three or
   * more the paternal surname before it.
   */
  static List<String> surnames(List<String> words) {
    String last = words.get(words.size() - 1);
    if (words.size() >= 3 && !words.get(words.size() - 2).equals(last)) {
      return List.of(last, words.get(words.size() - 2));
    }
    return List.of(last);
  }

  static String node(EntityType type, String key) {
    return type + "|" + key + "|";
  }
}
