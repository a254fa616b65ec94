package dossier.eval;

import static dossier.eval.PolnearFixture.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.cli.Main;
import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import dossier.model.Ref;
import dossier.model.Span;
import dossier.model.Stance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The whole evaluation on the invented corpus, with a stand-in pipeline instead of CoreNLP. */
class AttributionEvalTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  /** On the bridge article: one claim exactly right, one whose content also takes in "she said". */
  private static List<Claim> claims(AnnotatedDoc doc) {
    String text = doc.text();
    if (doc.article().origin().startsWith("warm-up")) {
      return List.of();
    }
    if (!doc.article().origin().startsWith("a-bridge")) {
      return List.of(claim(text, find(text, "Nobody", 0), find(text, "quoted", 0),
          find(text, "was quoted in this one", 0)));
    }
    Span she = find(text, "she", 0);
    return List.of(
        claim(text, find(text, "Mayor Ann Lee", 0), find(text, "said", 0),
            find(text, "the bridge would reopen", 0)),
        claim(text, she, null, new Span(find(text, "\u201cIt", 0).start(),
            find(text, "ready.\u201d", 0).end())));
  }

  private static Claim claim(String text, Span source, Span cue, Span content) {
    return new Claim(source.union(content), Ref.named(source.of(text), source),
        cue == null ? "" : cue.of(text), cue, List.of(), content.of(text), content, false,
        Stance.ASSERTS, false);
  }

  private String run(Function<AnnotatedDoc, List<Claim>> extract) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AttributionEval(article -> new AnnotatedDoc(article, List.of(), List.of()), extract,
        Duration.ofSeconds(10))
        .run(TinySet.shared(), "dev", 0, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The table row for a role, its spacing collapsed. */
  private static String row(String output, String role) {
    return output.lines().filter(l -> l.startsWith(role + " ")).findFirst().orElseThrow()
        .replaceAll("\\s+", " ");
  }

  @Test
  void printsExactAndOverlapScoresAndAccuracyInMatchedClaimsPerRole() throws IOException {
    String out = run(AttributionEvalTest::claims);
    assertEquals("content 3 3 | 0.333 0.333 0.333 | 0.667 0.667 0.667 | 2 0.500 1.000",
        row(out, "content"));
    assertEquals("source 2 3 | 0.667 1.000 0.800 | 0.667 1.000 0.800 | 2 1.000 1.000",
        row(out, "source"));
    assertEquals("cue 3 2 | 0.500 0.333 0.400 | 0.500 0.333 0.400 | 2 0.500 0.500",
        row(out, "cue"));
    assertTrue(out.contains("Source accuracy on matched claims: 1.000 overlap, 1.000 exact"), out);
  }

  @Test
  void statesTheSplitAndTheAnnotatorChoice() throws IOException {
    String out = run(AttributionEvalTest::claims);
    assertTrue(out.startsWith("Attribution on PolNeAR dev"), out);
    assertTrue(out.contains("2 articles, 3 gold attributions"), out);
    assertTrue(out.contains("the first in sorted order (1 of these articles have two"), out);
    assertTrue(out.contains("Speed over 2 articles, 0 tokens, 3 claims"), out);
  }

  @Test
  void countsACrashedArticleAsNoClaims() throws IOException {
    List<String> seen = new ArrayList<>();
    String out = run(doc -> {
      seen.add(doc.article().origin());
      if (doc.article().origin().startsWith("a-bridge")) {
        throw new StackOverflowError("invented");
      }
      return claims(doc);
    });
    assertEquals(3, seen.size(), "warm-up and both articles run");
    assertTrue(out.contains("Crashed 1, timed out 0"), out);
    assertEquals("content 3 1 | 0.000 0.000 0.000 | 0.000 0.000 0.000 | 0 0.000 0.000",
        row(out, "content"));
  }

  @Test
  void refusesASplitThisProjectDoesNotHave() {
    assertThrows(IllegalArgumentException.class, () -> new AttributionEval()
        .run(TinySet.shared(), "test", 0, System.out, System.err));
  }

  @Test
  void helpNamesTheOptions() {
    String help = cli(0, "eval", "attribution", "--help");
    assertTrue(help.contains("--split") && help.contains("--limit") && help.contains("--shared"), help);
  }

  @Test
  void anUnknownSplitIsAUsageError() {
    cli(2, "eval", "attribution", "--split", "test");
  }

  /** Runs the command line, checks its exit status and returns what it printed. */
  private static String cli(int status, String... args) {
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      assertEquals(status, Main.run(args), () -> printed.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(realOut);
      System.setErr(realErr);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
