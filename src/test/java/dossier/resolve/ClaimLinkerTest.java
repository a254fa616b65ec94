package dossier.resolve;

import static dossier.Fixtures.article;
import static dossier.Fixtures.claim;
import static dossier.Fixtures.extraction;
import static dossier.Fixtures.quantity;
import static dossier.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Cluster;
import dossier.model.Contradiction;
import dossier.model.Copy;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.model.Ref;
import dossier.model.Stance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimLinkerTest {
  static final String WIRE = "Officials said Russian military advisers arrived in Caracas on two"
      + " planes carrying equipment. The flights landed on Saturday after a stop in Syria.";
  static final String OTHER = "Analysts said Russian military advisers landed in Caracas with"
      + " equipment on two planes.";

  static Extraction said(String origin, String outlet, String text, String source,
      String content) {
    return claimed(origin, outlet, text, source, content, Stance.ASSERTS);
  }

  static Extraction claimed(String origin, String outlet, String text, String source,
      String content, Stance stance) {
    return extraction(article(origin, outlet, text),
        List.of(), List.of(claim(text, source, content, stance, List.of())), List.of());
  }

  @Test
  void countsCopiesOfOneWireStoryAsOneOrigin() {
    String content = "Russian military advisers arrived in Caracas on two planes carrying equipment";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, said("a.txt", "Wire One", WIRE, "Officials", content));
    docs.put(2L, said("b.txt", "Daily Copy", WIRE + " More lines here.", "Officials", content));
    docs.put(3L, said("c.txt", "Other Paper", OTHER, "Analysts",
        "Russian military advisers landed in Caracas with equipment on two planes"));
    List<Cluster> clusters = new ClaimLinker(docs, List.of(new Copy(2, 1, 0.9))).clusters();
    assertEquals(1, clusters.size(), clusters.toString());
    assertEquals(3, clusters.get(0).claims().size());
    assertEquals(2, clusters.get(0).origins(), "the republished wire story is not independent");
  }

  @Test
  void joinsClaimsThatReportTheSameEventInOtherWords() {
    String a = "Officials said Russian instructors trained Venezuelan pilots near Caracas.";
    String b = "A diplomat said Venezuelan airmen got lessons from Russian instructors last year.";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, withEvent(said("a.txt", "A", a, "Officials",
        "Russian instructors trained Venezuelan pilots near Caracas"), a, "trained",
        "Russian instructors", "Venezuelan pilots"));
    docs.put(2L, withEvent(said("b.txt", "B", b, "A diplomat",
        "Venezuelan airmen got lessons from Russian instructors last year"), b, "lessons",
        "Russian instructors", "Venezuelan airmen"));
    List<Entity> entities = List.of(
        new Entity("Russian instructors", EntityType.ORGANIZATION, List.of(), List.of(
            new Entity.At(1, span(a, "Russian instructors")),
            new Entity.At(2, span(b, "Russian instructors"))), List.of()),
        new Entity("Venezuelan pilots", EntityType.ORGANIZATION, List.of("Venezuelan airmen"),
            List.of(new Entity.At(1, span(a, "Venezuelan pilots")),
                new Entity.At(2, span(b, "Venezuelan airmen"))), List.of("test")));
    assertEquals(List.of(), new ClaimLinker(docs, List.of()).clusters(), "words alone differ");
    List<Cluster> clusters = new ClaimLinker(docs, List.of(), new EntityIndex(entities)).clusters();
    assertEquals(1, clusters.size(), clusters.toString());
    assertEquals(List.of(new FactRef(1, 0), new FactRef(2, 0)), clusters.get(0).claims());
    assertEquals(2, clusters.get(0).origins());
  }

  /** The report with one AID event inside its first claim. */
  static Extraction withEvent(Extraction x, String text, String trigger, String actor,
      String target) {
    Event e = new Event(span(text, text), "AID", "training", Ref.named(actor, span(text, actor)),
        Ref.named(target, span(text, target)), null, null, trigger, span(text, trigger), 0);
    return new Extraction(x.article(), x.mentions(), x.claims(), List.of(e), x.quantities(),
        x.tokens());
  }

  @Test
  void doesNotChainTwoUnlikeClaimsThroughAThirdThatHoldsBoth() {
    String advisers = "Russian advisers arrived in Caracas carrying radar equipment";
    String engineers = "Chinese engineers repaired Venezuelan power stations near Maracaibo";
    String both = advisers + " while " + engineers;
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, said("a.txt", "A", "Officials said " + advisers + ".", "Officials", advisers));
    docs.put(2L, said("b.txt", "B", "A minister said " + both + ".", "A minister", both));
    docs.put(3L, said("c.txt", "C", "Engineers said " + engineers + ".", "Engineers", engineers));
    List<Cluster> clusters = new ClaimLinker(docs, List.of()).clusters();
    assertEquals(1, clusters.size(), clusters.toString());
    assertEquals(List.of(new FactRef(1, 0), new FactRef(2, 0)), clusters.get(0).claims());
  }

  @Test
  void keepsClaimsThatGiveOtherFiguresOutOfOneCluster() {
    String a = "A Cossack leader said the number of Russian contractors in Venezuela may be 400.";
    String b = "A lawmaker said the number of Russian contractors in Venezuela was 120.";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, said("a.txt", "A", a, "A Cossack leader",
        "the number of Russian contractors in Venezuela may be 400"));
    docs.put(2L, said("b.txt", "B", b, "A lawmaker",
        "the number of Russian contractors in Venezuela was 120"));
    assertEquals(List.of(), new ClaimLinker(docs, List.of()).clusters());
  }

  @Test
  void countsAClaimByTheOutletItNamesAsItsChannel() {
    String content = "Russian military advisers arrived in Caracas on two planes carrying equipment";
    String text = "Officials told Bloomberg " + content + ".";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, extraction(article("a.txt", "Site A", text), List.of(), List.of(claim(text,
        "Officials", content, Stance.ASSERTS, List.of(Ref.named("Bloomberg", null)))), List.of()));
    docs.put(2L, extraction(article("b.txt", "Site B", text + " Other words follow here now."),
        List.of(), List.of(claim(text, "Officials", content, Stance.ASSERTS,
            List.of(Ref.named("Bloomberg", null)))), List.of()));
    assertEquals(1, new ClaimLinker(docs, List.of()).clusters().get(0).origins());
  }

  @Test
  void pairsADenialWithTheAssertionItAnswers() {
    String report = "Sources said Russian contractors were flown to Venezuela to protect Maduro.";
    String denial = "Asked whether Russian contractors were flown to Venezuela, the Kremlin"
        + " spokesman said: \"We have no such information.\"";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, said("a.txt", "A", report, "Sources",
        "Russian contractors were flown to Venezuela to protect Maduro"));
    docs.put(2L, claimed("b.txt", "B", denial, "the Kremlin spokesman",
        "We have no such information", Stance.DENIES));
    List<Contradiction> found = new ClaimLinker(docs, List.of()).contradictions();
    assertEquals(1, found.size(), found.toString());
    assertEquals("denial", found.get(0).kind());
    assertEquals(List.of(new FactRef(1, 0), new FactRef(2, 0)), found.get(0).claims());
  }

  @Test
  void leavesADenialAloneWhenItSharesWordsButNoNameWithAnAssertion() {
    String report = "Officers said rebel fighters received training from soldiers at army bases.";
    String denial = "Colonel Ruiz denied it: \"Nobody is training soldiers at Maracay bases.\"";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, said("a.txt", "A", report, "Officers",
        "rebel fighters received training from soldiers at army bases"));
    docs.put(2L, claimed("b.txt", "B", denial, "Colonel Ruiz",
        "Nobody is training soldiers at Maracay bases", Stance.DENIES));
    assertEquals(List.of(), new ClaimLinker(docs, List.of()).contradictions());
  }

  @Test
  void pairsATerseDenialWithTheClaimItFollowsInItsReportThoughTheCorpusSharesEveryName() {
    String report = "Sources said contractors working for Russia flew into Venezuela to guard"
        + " Maduro. Russia's ministry did not comment on the contractors in Venezuela. But the"
        + " Kremlin spokesman said: \"We have no such information.\"";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, extraction(article("a.txt", "A", report), List.of(), List.of(
        claim(report, "Sources", "contractors working for Russia flew into Venezuela to guard"
            + " Maduro", Stance.ASSERTS, List.of()),
        claim(report, "the Kremlin spokesman", "We have no such information", Stance.DENIES,
            List.of())), List.of()));
    for (long d = 2; d <= 4; d++) {
      String other = "Russia and Venezuela signed a trade accord backed by Maduro, officials said.";
      docs.put(d, said(d + ".txt", "Paper " + d, other, "officials",
          "Russia and Venezuela signed a trade accord backed by Maduro"));
    }
    List<Contradiction> found = new ClaimLinker(docs, List.of()).contradictions();
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of(new FactRef(1, 0), new FactRef(1, 1)), found.get(0).claims());
  }

  @Test
  void flagsDifferentFiguresForTheSameThing() {
    String a = "About 400 Russian contractors arrived in Caracas.";
    String b = "Only 35 Russian contractors arrived in Caracas.";
    String c = "Some 410 Russian contractors arrived in Caracas.";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, extraction(article("a", "A", a), List.of(), List.of(),
        List.of(quantity(a, "About 400", 400, true, "people", "Russian contractors"))));
    docs.put(2L, extraction(article("b", "B", b), List.of(), List.of(),
        List.of(quantity(b, "35", 35, false, "people", "Russian contractors"))));
    docs.put(3L, extraction(article("c", "C", c), List.of(), List.of(),
        List.of(quantity(c, "Some 410", 410, true, "people", "Russian contractors"))));
    List<Contradiction> found = new ClaimLinker(docs, List.of()).contradictions();
    assertEquals(1, found.size(), found.toString());
    assertEquals("number", found.get(0).kind());
    assertEquals(3, found.get(0).quantities().size());
    assertTrue(found.get(0).note().contains("35"), found.get(0).note());
  }

  @Test
  void seesNoConflictBetweenFiguresForTheSameKindOfThingInDifferentStories() {
    String a = "About 400 Russian contractors flew to Caracas to guard the president.";
    String b = "A unit of 40 contractors repairs oil rigs near Maracaibo.";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, extraction(article("a", "A", a), List.of(), List.of(),
        List.of(quantity(a, "About 400", 400, true, "people", "Russian contractors"))));
    docs.put(2L, extraction(article("b", "B", b), List.of(), List.of(),
        List.of(quantity(b, "40", 40, false, "people", "contractors"))));
    assertEquals(List.of(), new ClaimLinker(docs, List.of()).contradictions());
  }

  @Test
  void seesNoConflictBetweenCloseApproximateFigures() {
    String a = "About 400 Russian contractors arrived.";
    String c = "Some 410 Russian contractors arrived.";
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(1L, extraction(article("a", "A", a), List.of(), List.of(),
        List.of(quantity(a, "About 400", 400, true, "people", "Russian contractors"))));
    docs.put(3L, extraction(article("c", "C", c), List.of(), List.of(),
        List.of(quantity(c, "Some 410", 410, true, "people", "Russian contractors"))));
    assertEquals(List.of(), new ClaimLinker(docs, List.of()).contradictions());
  }
}
