package dossier.resolve;

import dossier.model.DocMentions;
import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other names a report gives a person in so many words: "known by the nom de guerre Pablo
 * Beltrán", "alias El Halcón", "also known as …", "nicknamed …".
 */
final class AliasFinder {

  /** A person mention and the other name the text gives it. */
  record Alias(long doc, Mention person, String alias) {}

  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(?:(?:also |better |widely )?known (?:by|under|as)(?: (?:the|his|her|a))?"
          + "(?: (?:nom de guerre|alias|nickname|pseudonym|name|code ?name|moniker))?"
          + "|(?:whose |the |his |her )?(?:nom de guerre|alias|nickname|pseudonym|code ?name)(?: is| was)?"
          + "|a\\.?k\\.?a\\.?|nicknamed)[\\s,:]*");

  /** A quoted name, or capitalised words (with Spanish particles) right after the cue. */
  private static final Pattern NAME = Pattern.compile(
      "[\"“'‘]([^\"”'’\\n]{2,40})[\"”'’]|((?:\\p{Lu}[\\p{L}.'-]*)(?:\\s+(?:(?:de|del|la|el|los)\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3})");

  /** How far before the cue the person may be named, in characters. */
  private static final int REACH = 120;

  List<Alias> find(DocMentions doc) {
    List<Alias> out = new ArrayList<>();
    Matcher cue = CUE.matcher(doc.text());
    while (cue.find()) {
      Mention person = personBefore(doc, cue.start());
      if (person == null) {
        continue;
      }
      Matcher name = NAME.matcher(doc.text()).region(cue.end(), doc.text().length());
      if (name.lookingAt()) {
        String alias = name.group(1) != null ? name.group(1) : name.group(2);
        if (!alias.isBlank() && !Names.key(alias, EntityType.PERSON)
            .equals(Names.key(person.text(), EntityType.PERSON))) {
          out.add(new Alias(doc.doc(), person, alias.strip()));
        }
      }
    }
    return out;
  }

  /** The last person named shortly before {@code at}, in the same paragraph. */
  private static Mention personBefore(DocMentions doc, int at) {
    Mention best = null;
    for (Mention m : doc.mentions()) {
      if (m.type() == EntityType.PERSON && m.span().end() <= at && at - m.span().end() <= REACH
          && doc.text().substring(m.span().end(), at).indexOf("\n\n") < 0) {
        best = m;
      }
    }
    return best;
  }
}
