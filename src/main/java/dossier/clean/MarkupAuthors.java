package dossier.clean;

import dossier.clean.Selections.Query;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the author's name where page markup tags it: an author link ({@code rel=author}), a
 * schema.org {@code itemprop=author}, an element whose class names the author or byline, or a
 * link to an author page ({@code /author/name}).
 */
final class MarkupAuthors {
  /** From the surest markup to the loosest. */
  private static final List<Query> QUERIES = List.of(Query.of("[rel=author], [itemprop=author]"),
      Query.of("[class*=author], [class*=byline]"), Query.of("a[href*=/author/]"));
  /** Class names of author blocks hold one of these words ("author-name", "byline__name"). */
  private static final Pattern CLASS_WORD = Pattern.compile("(^|[^a-z])(author|byline)"
      + "(s|name|_name|-name|__name)?($|[^a-z])");
  private static final Pattern PREFIX = Pattern.compile("(?i)^(by|von|par|por|di|door|av|af)\\s+");
  /** Labels and prompts end so: "Name *", "Posted on", "Author:". */
  private static final Pattern NOT_NAME_END = Pattern.compile("[*:|)(@-]\\s*$|\\s\\p{Ll}{1,3}$");
  private static final int MAX_WORDS = 5;
  private static final int MAX_LENGTH = 60;

  private MarkupAuthors() {}

  static Optional<String> find(Document doc) {
    Selections page = Selections.of(doc.body(), QUERIES);
    for (Query query : QUERIES) {
      for (Element e : page.all(query)) {
        Optional<String> name = isAuthorMarkup(e) && !inFormOrComments(e)
            ? name(e) : Optional.empty();
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isAuthorMarkup(Element e) {
    if (e.hasAttr("rel") || e.hasAttr("itemprop") || e.attr("href").contains("/author/")) {
      return true;
    }
    return CLASS_WORD.matcher(e.className().toLowerCase(Locale.ROOT)).find();
  }

  /** Comment forms ask for the reader's name, and comments carry their writers' names. */
  private static boolean inFormOrComments(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.nameIs("form") || x.className().toLowerCase(Locale.ROOT).contains("comment")) {
        return true;
      }
    }
    return false;
  }

  /** The element's short name: its itemprop=name part, else its own text without "By". */
  private static Optional<String> name(Element e) {
    Element part = e.selectFirst("[itemprop=name]");
    String text = part != null ? part.text() : e.text();
    if (text.isBlank() && part != null) {
      text = part.attr("content");
    }
    String name = PREFIX.matcher(Words.squeeze(text)).replaceFirst("");
    int words = Words.count(name);
    boolean plausible = words >= 1 && words <= MAX_WORDS && name.length() <= MAX_LENGTH
        && !DateParser.containsFullDate(name) && Character.isLetter(name.codePointAt(0))
        && !NOT_NAME_END.matcher(name).find() && !PREFIX.matcher(name + " ").find();
    return plausible ? Optional.of(name) : Optional.empty();
  }
}
