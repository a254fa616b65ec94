package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor across the corpus, with every mention resolved to it and why mentions were merged.
 *
 * @param name the canonical name (the fullest form seen)
 * @param aliases other names it goes by, without {@code name}
 * @param mentions where it is mentioned
 * @param reasons why mentions were merged ("same name modulo accents: Nicolás Maduro / Nicolas
 *     Maduro", "surname in the same document: Navarro", "nom de guerre: Pablo Beltran")
 */
public record Entity(String name, EntityType type, List<String> aliases, List<At> mentions,
    List<String> reasons) {

  /** A mention: document key and span. */
  public record At(long doc, Span span) {
    public At {
      Objects.requireNonNull(span, "span");
    }
  }

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    reasons = List.copyOf(reasons);
  }
}
