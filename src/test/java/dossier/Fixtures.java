package dossier;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.Mention;
import dossier.model.Quantity;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import dossier.resolve.NearDuplicates;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made facts for tests of the stages after extraction. */
public final class Fixtures {
  private Fixtures() {}

  public static Article article(String origin, String outlet, String text) {
    return new Article(origin, Integer.toHexString((origin + text).hashCode()), "A title", outlet,
        null, LocalDate.of(2019, 3, 25), DateSource.METADATA, "en", text, List.of());
  }

  /** The span of the first occurrence of {@code words} in {@code text}. */
  public static Span span(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    return new Span(at, at + words.length());
  }

  public static Mention mention(String text, String words, EntityType type) {
    return new Mention(span(text, words), words, type);
  }

  /** A claim of {@code source} whose content is {@code content}, both found in {@code text}. */
  public static Claim claim(String text, String source, String content, Stance stance,
      List<Ref> via) {
    Span s = span(text, source);
    Span c = span(text, content);
    return new Claim(s.union(c), Ref.named(source, s), "said", null, via, content, c, false,
        stance, false);
  }

  public static Quantity quantity(String text, String words, double value, boolean approximate,
      String unit, String about) {
    return new Quantity(span(text, words), value, null, approximate, unit, about);
  }

  /** A one-sentence report: a claim through Bloomberg with a quantity and a person. */
  public static Extraction navarroReport() {
    String text = "Gen. Luis Navarro told Bloomberg that about 400 contractors arrived.";
    return extraction(article("a.txt", "Courier", text),
        List.of(mention(text, "Luis Navarro", EntityType.PERSON)),
        List.of(claim(text, "Gen. Luis Navarro", "about 400 contractors arrived", Stance.ASSERTS,
            List.of(Ref.named("Bloomberg", span(text, "Bloomberg"))))),
        List.of(quantity(text, "about 400", 400, true, "people", "contractors")));
  }

  /** A report whose claim names its speaker by a pronoun that was resolved to the name before. */
  public static Extraction pronounReport() {
    String text = "Luis Navarro arrived on Monday. He said that the troops had left.";
    Claim c = claim(text, "He", "the troops had left", Stance.ASSERTS, List.of());
    Ref navarro = Ref.named("Luis Navarro", span(text, "Luis Navarro")).saidAt(span(text, "He"));
    Claim resolved = new Claim(c.span(), navarro, c.cue(), c.cueSpan(), c.via(), c.content(),
        c.contentSpan(), c.quoted(), c.stance(), c.hedged());
    return extraction(article("b.txt", "Courier", text),
        List.of(mention(text, "Luis Navarro", EntityType.PERSON)), List.of(resolved), List.of());
  }

  /** The near-duplicate fingerprint of a report's text. */
  public static Fingerprint fingerprint(Extraction x) {
    return new NearDuplicates().fingerprint(x.article().text());
  }

  public static Extraction extraction(Article a, List<Mention> mentions, List<Claim> claims,
      List<Quantity> quantities) {
    return new Extraction(a, mentions, claims, List.of(), quantities, 10);
  }
}
