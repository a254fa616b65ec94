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

  /**
   * What may stand between the person and the cue: nothing, or an appositive ("Israel Ramirez, a
   * senior commander known by ..."); a clause with a verb of its own ("Maduro had enlisted the
   * group known as ...") names something else.
   */
  private static final Pattern GAP = Pattern.compile(
      "[\\s,(]*|\\s*[,(]\\s*(?:(?:a|an|the|his|her|its|their|who is|who was)\\s+)?"
          + "(?:[\\p{L}\\p{N}’'.-]+\\s+){0,6}?(?:who\\s+(?:is|was|goes|went)\\s+)?");

  List<Alias> find(DocMentions doc) {
    List<Alias> out = new ArrayList<>();
    Matcher cue = CUE.matcher(doc.text());
    while (cue.find()) {
      Mention person = personBefore(doc, cue.start());
      if (person == null
          || !GAP.matcher(doc.text().substring(person.span().end(), cue.start())).matches()) {
        continue;
      }
      Matcher name = NAME.matcher(doc.text()).region(cue.end(), doc.text().length());
      if (name.lookingAt()) {
        String alias = name.group(1) != null ? name.group(1) : name.group(2);
        if (!alias.isBlank() && !namesSomethingElse(doc, name.start(), name.end())
            && !Names.key(alias, EntityType.PERSON)
            .equals(Names.key(person.text(), EntityType.PERSON))) {
          out.add(new Alias(doc.doc(), person, alias.strip()));
        }
      }
    }
    return out;
  }

  /** True when the tagger saw a group, place or thing where the alias stands ("known as the ELN"). */
  private static boolean namesSomethingElse(DocMentions doc, int start, int end) {
    dossier.model.Span at = new dossier.model.Span(start, end);
    return doc.mentions().stream()
        .anyMatch(m -> m.type() != EntityType.PERSON && m.span().overlaps(at));
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
