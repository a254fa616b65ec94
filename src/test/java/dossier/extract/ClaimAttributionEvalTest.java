package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.Shared;
import dossier.model.Claim;
import dossier.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scores claim finding against the PolNeAR attribution annotations of the dev split in the
 * shared folder (political news, 84 articles). Annotating them takes minutes, so it runs only
 * with {@code -Ddossier.eval=true}. PolNeAR marks every attribution, polls and beliefs too, so
 * recall is counted on the ones whose cue is a speech word.
 */
@EnabledIfSystemProperty(named = "dossier.eval", matches = "true")
class ClaimAttributionEvalTest {
  /** One annotated attribution: where its source, cue and content are. */
  private record Gold(List<Span> source, List<Span> cue, List<Span> content, String cueText) {}

  private int found;
  private int matched;
  private int gold;
  private int speechGold;
  private int speechMatched;
  private int sourcesCompared;
  private int sourcesAgreeing;

  @Test
  void findsMostReportedSpeechWithItsSource() throws IOException {
    Path dev = Shared.root().resolve("eval/polnear/dev");
    try (Stream<Path> texts = Files.list(dev.resolve("text")).sorted()) {
      for (Path text : texts.toList()) {
        Path ann = firstAnnotation(dev.resolve("attributions"), text);
        if (ann != null) {
          score(Files.readString(text), read(ann, Files.readString(text)), text.toString());
        }
      }
    }
    double precision = matched / (double) found;
    double recall = speechMatched / (double) speechGold;
    double sources = sourcesAgreeing / (double) sourcesCompared;
    System.out.printf(Locale.ROOT, "PolNeAR dev: %d claims, %d gold attributions (%d with a speech"
        + " cue); precision %.3f, speech-cue recall %.3f, source agreement %.3f%n", found, gold,
        speechGold, precision, recall, sources);
    assertTrue(precision >= 0.9, "precision " + precision);
    assertTrue(recall >= 0.7, "speech-cue recall " + recall);
    assertTrue(sources >= 0.8, "source agreement " + sources);
  }

  private void score(String text, List<Gold> golds, String origin) {
    List<Claim> claims = new ClaimFinder().find(AnnotatedSamples.annotate(origin, text), List.of());
    boolean[] hit = new boolean[golds.size()];
    for (Claim c : claims) {
      found++;
      int best = bestMatch(c, golds);
      if (best >= 0) {
        matched++;
        hit[best] = true;
        compareSources(c, golds.get(best), text);
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      gold++;
      if (isSpeech(golds.get(i).cueText())) {
        speechGold++;
        speechMatched += hit[i] ? 1 : 0;
      }
    }
  }

  /** The gold attribution sharing the claim's cue, or most of its content; -1 for none. */
  private static int bestMatch(Claim c, List<Gold> golds) {
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < golds.size(); i++) {
      Gold g = golds.get(i);
      int shared = overlap(g.content(), c.contentSpan());
      boolean sameCue = overlap(g.cue(), c.cueSpan()) > 0;
      double smaller = Math.max(1, Math.min(length(g.content()), c.contentSpan().length()));
      double score = (sameCue ? 1 : 0) + shared / smaller;
      if ((sameCue && shared > 0 || shared / smaller >= 0.5) && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** Gold sources given as a pronoun are left out: a resolved claim names the antecedent. */
  private void compareSources(Claim c, Gold g, String text) {
    String goldSource = g.source().isEmpty() ? "" : g.source().get(0).of(text);
    if (g.source().isEmpty() || goldSource.matches("(?i)he|she|they|it|i|we|his|her")) {
      return;
    }
    sourcesCompared++;
    if (c.source() != null && c.source().span() != null
        && overlap(g.source(), c.source().span()) > 0) {
      sourcesAgreeing++;
    }
  }

  private static boolean isSpeech(String cue) {
    for (String w : cue.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      String stem = w.replaceAll("(ed|s|ing)$", "");
      if (w.equals("according") || w.equals("said") || w.equals("told")
          || ClaimLexicon.SPEECH_VERBS.contains(w) || ClaimLexicon.SPEECH_VERBS.contains(stem)
          || ClaimLexicon.SPEECH_VERBS.contains(stem + "e")) {
        return true;
      }
    }
    return false;
  }

  private static Path firstAnnotation(Path dir, Path text) throws IOException {
    String name = text.getFileName().toString().replace(".txt", "_");
    try (Stream<Path> anns = Files.list(dir)) {
      return anns.filter(a -> a.getFileName().toString().startsWith(name)).sorted().findFirst()
          .orElse(null);
    }
  }

  /** Brat standoff: "T1\tSource 0 4\t..." spans, "E1\tAttribution:T4 Content:T3 ..." links. */
  private static List<Gold> read(Path ann, String text) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> links = new ArrayList<>();
    for (String line : Files.readAllLines(ann)) {
      String[] cols = line.split("\t");
      if (line.startsWith("T")) {
        spans.put(cols[0], spans(cols[1].substring(cols[1].indexOf(' ') + 1)));
      } else if (line.startsWith("E")) {
        links.add(cols[1].split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] link : links) {
      Map<String, List<Span>> roles = new HashMap<>();
      for (String role : link) {
        String[] kv = role.split(":");
        roles.put(kv[0], spans.getOrDefault(kv[1], List.of()));
      }
      List<Span> cue = roles.getOrDefault("Cue", List.of());
      if (!cue.isEmpty()) {
        out.add(new Gold(roles.getOrDefault("Source", List.of()), cue,
            roles.getOrDefault("Content", List.of()), cue.get(0).of(text)));
      }
    }
    return out;
  }

  private static List<Span> spans(String field) {
    List<Span> out = new ArrayList<>();
    for (String part : field.split(";")) {
      String[] se = part.trim().split(" ");
      out.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
    }
    return out;
  }

  private static int overlap(List<Span> spans, Span s) {
    int n = 0;
    for (Span x : spans) {
      n += Math.max(0, Math.min(x.end(), s.end()) - Math.max(x.start(), s.start()));
    }
    return n;
  }

  private static int length(List<Span> spans) {
    return spans.stream().mapToInt(Span::length).sum();
  }
}
