package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.AnnotatedDoc;
import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static final String TEXT = "Gen. Luis Navarro said Venezuela's army bought rifles from "
      + "Russia. President Vladimir Putin met with him in Moscow. The Russians deny it. "
      + "He said the Wagner group sent Russian-made rifles to Caracas. Latin America "
      + "watches Facebook and Twitter, and he’s wrong.";
  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "it",
      "they", "them", "we", "i", "you");

  private static final List<Mention> FOUND =
      new MentionFinder().find(AnnotatedSamples.annotate("mentions.txt", TEXT));

  @Test
  void leavesTitlesOutOfPersonNames() {
    assertTrue(has("Luis Navarro", EntityType.PERSON));
    assertTrue(has("Vladimir Putin", EntityType.PERSON));
    assertTrue(FOUND.stream().noneMatch(m -> m.text().contains("Gen.")
        || m.text().contains("President")));
  }

  @Test
  void stripsThePossessiveEnding() {
    assertTrue(has("Venezuela", EntityType.LOCATION));
    assertTrue(FOUND.stream().noneMatch(m -> m.text().endsWith("'s")));
  }

  @Test
  void typesPlacesAndDemonyms() {
    assertTrue(has("Moscow", EntityType.LOCATION));
    assertTrue(has("Caracas", EntityType.LOCATION));
    assertTrue(has("Russians", EntityType.NATIONALITY));
    assertTrue(has("Russian", EntityType.NATIONALITY), "the demonym of Russian-made");
  }

  @Test
  void joinsSplitPlaceNamesAndSplitsJoinedOrganizations() {
    assertTrue(has("Latin America", EntityType.LOCATION));
    assertTrue(has("Facebook", EntityType.ORGANIZATION));
    assertTrue(has("Twitter", EntityType.ORGANIZATION));
  }

  @Test
  void makesANameBeforeGroupAnOrganization() {
    assertTrue(has("Wagner group", EntityType.ORGANIZATION));
  }

  @Test
  void neverMentionsPronouns() {
    assertTrue(FOUND.stream().noneMatch(m -> PRONOUNS.contains(m.text().toLowerCase())));
  }

  @Test
  void mentionsOfTheSamplesMatchTheirTextAndNeverOverlap() {
    for (String sample : List.of("000_", "001_", "003_")) {
      AnnotatedDoc doc = AnnotatedSamples.sample(sample);
      List<Mention> mentions = new MentionFinder().find(doc);
      assertFalse(mentions.isEmpty(), sample);
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        assertEquals(m.span().of(doc.text()), m.text(), sample);
        assertFalse(m.text().isBlank(), sample);
        if (i > 0) {
          assertFalse(mentions.get(i - 1).span().overlaps(m.span()), sample + ": " + m);
        }
      }
    }
  }

  @Test
  void findsTheSpeakerOfSample000WithoutHisRank() {
    Set<String> people = new MentionFinder().find(AnnotatedSamples.sample("000_")).stream()
        .filter(m -> m.type() == EntityType.PERSON).map(Mention::text)
        .collect(Collectors.toSet());
    assertTrue(people.contains("Luis Navarro"), people.toString());
    assertTrue(people.stream().noneMatch(p -> p.startsWith("Gen")), people.toString());
  }

  private static boolean has(String text, EntityType type) {
    return FOUND.stream().anyMatch(m -> m.text().equals(text) && m.type() == type);
  }
}
