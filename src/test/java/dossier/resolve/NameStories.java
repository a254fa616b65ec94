package dossier.resolve;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports made up so that each rule of the resolver changes its mind as they arrive one by one:
 * a bare surname first joins the only person of that name and leaves when a namesake comes; a
 * name joins its one longer form and leaves when a second appears; an alias given later joins
 * earlier mentions of it; names written differently meet across reports.
 */
public final class NameStories {
  private NameStories() {}

  /** The reports, in the order they are stored. */
  public static List<DocMentions> reports() {
    return List.of(
        doc(1, "Luis Navarro met the press. Navarro said no.", "P:Luis Navarro", "P:Navarro"),
        doc(2, "Navarro spoke again in Caracas on Monday.", "P:Navarro", "L:Caracas"),
        doc(3, "Vladimir Padrino visited Caracas.", "P:Vladimir Padrino", "L:Caracas"),
        doc(4, "Ana Navarro, a lawmaker, replied to the Cartel of the Suns.", "P:Ana Navarro",
            "O:Cartel of the Suns"),
        doc(5, "Vladimir Padrino López, the defence minister, spoke. Padrino said the army was"
            + " ready.", "P:Vladimir Padrino López", "P:Padrino"),
        doc(6, "Israel Ramírez, a senior commander known by the nom de guerre Pablo Beltrán, was"
            + " killed.", "P:Israel Ramírez", "P:Pablo Beltrán"),
        doc(7, "Pablo Beltran said the talks were over. Gen. Vladimir Padrino agreed.",
            "P:Pablo Beltran", "P:Gen. Vladimir Padrino"),
        doc(8, "Vladimir Padrino Ramos, a cousin, was not there.", "P:Vladimir Padrino Ramos"),
        doc(9, "The cartel de los Soles denied it, said Lopez.", "O:cartel de los Soles",
            "P:Lopez"),
        doc(10, "Ramírez was buried near Caracas; Ramos was not.", "P:Ramírez", "L:Caracas",
            "P:Ramos"),
        doc(11, "Beltrán's men, said the Cartel de los Soles, were gone. Ana Navarro agreed.",
            "P:Beltrán's", "O:Cartel de los Soles", "P:Ana Navarro"),
        doc(12, "Navarro, Padrino and Ramírez met.", "P:Navarro", "P:Padrino", "P:Ramírez"));
  }

  /** A user's split and merge touching the names of {@link #reports()}. */
  public static List<Correction> corrections() {
    return List.of(new Correction(Correction.Action.SPLIT, "Vladimir Padrino", "Padrino"),
        new Correction(Correction.Action.MERGE, "Cartel de los Soles", "Cartel of the Suns"));
  }

  /** A report whose mentions are {@code T:words}, T the type's initial, found in this order. */
  public static DocMentions doc(long id, String text, String... names) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      String words = name.substring(2);
      int at = text.indexOf(words, from);
      if (at < 0) {
        throw new IllegalArgumentException("not in text: " + words);
      }
      mentions.add(new Mention(new Span(at, at + words.length()), words, type(name.charAt(0))));
      from = at + words.length();
    }
    return new DocMentions(id, text, mentions);
  }

  private static EntityType type(char initial) {
    return switch (initial) {
      case 'P' -> EntityType.PERSON;
      case 'L' -> EntityType.LOCATION;
      case 'O' -> EntityType.ORGANIZATION;
      default -> throw new IllegalArgumentException("no type " + initial);
    };
  }
}
