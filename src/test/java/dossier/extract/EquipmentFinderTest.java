package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EquipmentFinderTest {
  private static final String TEXT = "Venezuela bought Su-30MK2 fighters and S-300 missile "
      + "systems. Iran sent two Mohajer-6 drones and T-72 tanks. An Il-76 and two Tu-160 "
      + "bombers landed. The IGLA 9K38 version has a range of 3 miles. Ships fired Tomahawk "
      + "cruise missiles. The airline flies a Boeing 737 and a Sukhoi Su-35. "
      + "The G-20 summit discussed COVID-19. Two Russian officials arrived.";

  private static final List<String> EQUIPMENT = new MentionFinder()
      .find(AnnotatedSamples.annotate("equipment.txt", TEXT)).stream()
      .filter(m -> m.type() == EntityType.EQUIPMENT).map(Mention::text)
      .collect(Collectors.toList());

  @Test
  void readsDesignatorsWithTheEquipmentNounAfterThem() {
    assertTrue(EQUIPMENT.contains("Su-30MK2 fighters"), EQUIPMENT.toString());
    assertTrue(EQUIPMENT.contains("S-300 missile systems"), EQUIPMENT.toString());
    assertTrue(EQUIPMENT.contains("Mohajer-6 drones"), EQUIPMENT.toString());
    assertTrue(EQUIPMENT.contains("T-72 tanks"), EQUIPMENT.toString());
    assertTrue(EQUIPMENT.contains("Tu-160 bombers"), EQUIPMENT.toString());
  }

  @Test
  void readsABareDesignator() {
    assertTrue(EQUIPMENT.contains("Il-76"), EQUIPMENT.toString());
  }

  @Test
  void joinsAModelNameToItsDesignator() {
    assertTrue(EQUIPMENT.contains("IGLA 9K38"), EQUIPMENT.toString());
  }

  @Test
  void readsAProperNameBeforeAnEquipmentNoun() {
    assertTrue(EQUIPMENT.contains("Tomahawk cruise missiles"), EQUIPMENT.toString());
  }

  @Test
  void readsAMakerWithItsModel() {
    assertTrue(EQUIPMENT.contains("Boeing 737"), EQUIPMENT.toString());
    assertTrue(EQUIPMENT.contains("Sukhoi Su-35"), EQUIPMENT.toString());
  }

  @Test
  void ignoresSummitsDiseasesAndCounts() {
    assertTrue(EQUIPMENT.stream().noneMatch(e -> e.contains("G-20") || e.contains("COVID")
        || e.startsWith("Two") || e.startsWith("two")), EQUIPMENT.toString());
    assertEquals(10, EQUIPMENT.size(), EQUIPMENT.toString());
  }

  @Test
  void findsTheAircraftOfSample001() {
    List<String> found = new MentionFinder().find(AnnotatedSamples.sample("001_")).stream()
        .filter(m -> m.type() == EntityType.EQUIPMENT).map(Mention::text)
        .collect(Collectors.toList());
    assertTrue(found.contains("Ilyushin-96"), found.toString());
    assertTrue(found.stream().anyMatch(e -> e.startsWith("Ilyushin-76")), found.toString());
    assertTrue(found.stream().anyMatch(e -> e.startsWith("Antonov-124")), found.toString());
  }
}
