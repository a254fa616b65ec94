package dossier.api;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.DateSource;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.Mention;
import dossier.model.Quantity;
import dossier.model.Ref;
import dossier.model.Removed;
import dossier.model.Span;
import dossier.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made extractions for the server's tests: facts are named by their words in the text. */
public final class ReportBuilder {
  private final String origin;
  private final String title;
  private final String outlet;
  private final LocalDate published;
  private final String text;
  private final List<Removed> removed = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();

  private ReportBuilder(String origin, String title, String outlet, LocalDate published,
      String text) {
    this.origin = origin;
    this.title = title;
    this.outlet = outlet;
    this.published = published;
    this.text = text;
  }

  public static ReportBuilder report(String origin, String title, String outlet, String published,
      String text) {
    return new ReportBuilder(origin, title, outlet,
        published == null ? null : LocalDate.parse(published), text);
  }

  /** The span of the n-th (from 1) occurrence of {@code words}. */
  public Span span(String words, int nth) {
    int at = -1;
    for (int i = 0; i < nth; i++) {
      at = text.indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("not " + nth + " times in the text: " + words);
      }
    }
    return new Span(at, at + words.length());
  }

  public Span span(String words) {
    return span(words, 1);
  }

  /** The occurrence of {@code words} closest to {@code anchor}, as a claim's source and cue are. */
  private Span nearest(String words, Span anchor) {
    Span best = null;
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      Span s = new Span(at, at + words.length());
      if (best == null || distance(s, anchor) < distance(best, anchor)) {
        best = s;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return best;
  }

  private static int distance(Span a, Span b) {
    return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
  }

  public ReportBuilder mention(String words, EntityType type) {
    return mention(words, 1, type);
  }

  public ReportBuilder mention(String words, int nth, EntityType type) {
    mentions.add(new Mention(span(words, nth), words, type));
    return this;
  }

  /** A paraphrased claim; {@code via} names intermediaries by their words. */
  public ReportBuilder claim(String source, String cue, String content, Stance stance,
      String... via) {
    return claim(source, cue, content, stance, false, via);
  }

  public ReportBuilder quote(String source, String cue, String content) {
    return claim(source, cue, content, Stance.ASSERTS, true);
  }

  private ReportBuilder claim(String source, String cue, String content, Stance stance,
      boolean quoted, String... via) {
    Span c = span(content);
    Span s = nearest(source, c);
    Span q = nearest(cue, c);
    List<Ref> chain = new ArrayList<>();
    for (String v : via) {
      chain.add(Ref.named(v, span(v)));
    }
    claims.add(new Claim(s.union(q).union(c), Ref.named(source, s), cue, q, chain, content, c,
        quoted, stance, false));
    return this;
  }

  /** An event in the sentence around its trigger, carried by claim {@code claim} (or -1). */
  public ReportBuilder event(String type, String trigger, String actor, String target,
      String time, int claim) {
    Span t = span(trigger);
    int stop = text.lastIndexOf(". ", t.start());
    int end = text.indexOf('.', t.end());
    Span sentence = new Span(stop < 0 ? 0 : stop + 2, end < 0 ? text.length() : end + 1);
    events.add(new Event(sentence, type, null, ref(actor), ref(target), null, time, trigger, t,
        claim));
    return this;
  }

  public ReportBuilder quantity(String words, double value, String unit, String about) {
    quantities.add(new Quantity(span(words), value, null, words.contains("about"), unit, about));
    return this;
  }

  public ReportBuilder removed(String reason, String block) {
    removed.add(new Removed(reason, block));
    return this;
  }

  public Extraction build() {
    Article a = new Article(origin, Integer.toHexString((origin + text).hashCode()), title, outlet,
        null, published, published == null ? null : DateSource.METADATA, "en", text, removed);
    return new Extraction(a, mentions, claims, events, quantities, text.split(" ").length);
  }

  private Ref ref(String words) {
    return words == null ? null : Ref.named(words, span(words));
  }
}
