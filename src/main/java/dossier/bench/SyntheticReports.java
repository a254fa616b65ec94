package dossier.bench;

import dossier.model.Article;
import dossier.model.EntityType;
import dossier.model.Extraction;
import dossier.model.Fingerprint;
import dossier.model.Mention;
import dossier.model.Span;
import dossier.resolve.NearDuplicates;
import dossier.store.Store;
import dossier.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Fills a store quickly with made-up reports, without annotating: each has a few hundred
 * characters of random words and three names drawn from pools large enough that entity
 * resolution and copy detection have real work, as on a large archive. Given common names, as
 * an archive on one situation has (its leaders are in a large share of its reports), each
 * report also names one of them, the one of rank r (from 1) with probability {@code HEAD / r}.
 */
final class SyntheticReports {
  private static final int BATCH = 1_000;
  private static final int WORDS = 80;
  private static final int VOCABULARY = 5_000;
  private static final int NAMES = 20_000;
  /** The share of reports naming the most common name. */
  static final double HEAD = 0.2;
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ton", "ve", "su", "dar",
      "ni", "bel", "or", "im", "pa", "gu", "sek", "ti", "mon", "ze", "ul", "fa"};

  private final Random random = new Random(7);
  private final NearDuplicates nearDuplicates = new NearDuplicates();
  private final List<String> vocabulary = words(VOCABULARY, 3, false);
  private final List<String> names = words(NAMES, 4, true);
  private final List<Mention> common;

  /** Reports that also name, by Zipf's law, the given mentions' names, the first the most. */
  SyntheticReports(List<Mention> common) {
    this.common = List.copyOf(common);
  }

  /**
   * Adds {@code count} reports in batches, then marks them as already looked at for copies, as
   * the builds that stored them would have left them.
   */
  void fill(Store store, int count) throws StoreException, SQLException {
    for (int first = 0; first < count; first += BATCH) {
      List<Extraction> batch = new ArrayList<>();
      List<Fingerprint> fingerprints = new ArrayList<>();
      for (int i = first; i < Math.min(count, first + BATCH); i++) {
        Extraction x = report(i);
        batch.add(x);
        fingerprints.add(nearDuplicates.fingerprint(x.article().text()));
      }
      store.putAll(batch, fingerprints);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      s.executeUpdate("UPDATE fingerprints SET linked = 1");
    }
  }

  private Extraction report(int n) {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    for (int w = 0; w < WORDS; w++) {
      if (w % 25 == 0) {
        mention(text, mentions, w == 25 ? EntityType.ORGANIZATION : EntityType.PERSON);
      }
      text.append(vocabulary.get(random.nextInt(VOCABULARY))).append(w % 12 == 11 ? ". " : " ");
    }
    commonName(text, mentions);
    String hash = HexFormat.of().formatHex(new byte[] {(byte) (n >> 24), (byte) (n >> 16),
        (byte) (n >> 8), (byte) n}) + "-synthetic";
    Article article = new Article("synthetic/" + n + ".txt", hash, "Report " + n, null, null, null,
        null, "en", text.toString().trim(), List.of());
    return new Extraction(article, mentions, List.of(), List.of(), List.of(), WORDS);
  }

  private void mention(StringBuilder text, List<Mention> mentions, EntityType type) {
    String name = names.get(random.nextInt(NAMES)) + " " + names.get(random.nextInt(NAMES));
    if (type == EntityType.ORGANIZATION) {
      name += " Group";
    }
    int start = text.length();
    text.append(name).append(" said ");
    mentions.add(new Mention(new Span(start, start + name.length()), name, type));
  }

  private void commonName(StringBuilder text, List<Mention> mentions) {
    double draw = random.nextDouble();
    for (int rank = 1; rank <= common.size(); rank++) {
      draw -= HEAD / rank;
      if (draw < 0) {
        Mention m = common.get(rank - 1);
        int start = text.length() + 1;
        text.append(' ').append(m.text()).append('.');
        mentions.add(new Mention(new Span(start, start + m.text().length()), m.text(), m.type()));
        return;
      }
    }
  }

  /** Distinct made-up words of {@code syllables} syllables, capitalised for names. */
  private List<String> words(int count, int syllables, boolean capitalised) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < count) {
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < syllables; i++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      String word = w.toString();
      out.add(capitalised ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return List.copyOf(out);
  }
}
