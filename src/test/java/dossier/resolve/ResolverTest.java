package dossier.resolve;

import static dossier.Fixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Correction;
import dossier.model.DocMentions;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {
  static DocMentions doc(long id, String text, String... people) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String p : people) {
      int at = text.indexOf(p, from);
      mentions.add(new Mention(new dossier.model.Span(at, at + p.length()), p, EntityType.PERSON));
      from = at + p.length();
    }
    return new DocMentions(id, text, mentions);
  }

  static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
  }

  @Test
  void foldsAccentsTitlesAndSurnamesIntoOnePerson() {
    List<Entity> entities = new Resolver().resolve(List.of(
        doc(1, "President Nicolás Maduro spoke. Maduro said more.", "President Nicolás Maduro",
            "Maduro"),
        doc(2, "Nicolas Maduro's government replied.", "Nicolas Maduro's")));
    assertEquals(1, entities.size(), entities.toString());
    Entity maduro = entities.get(0);
    assertEquals("Nicolás Maduro", maduro.name());
    assertEquals(3, maduro.mentions().size());
    assertTrue(maduro.reasons().stream().anyMatch(r -> r.contains("surname")), maduro.toString());
  }

  @Test
  void givesEachReasonOnceWhenTheSameJoinRecursInManyReports() {
    List<DocMentions> docs = new ArrayList<>();
    for (long id = 1; id <= 5; id++) {
      docs.add(doc(id, "Nicolás Maduro spoke. Maduro said more.", "Nicolás Maduro", "Maduro"));
    }
    Entity maduro = named(new Resolver().resolve(docs), "Nicolás Maduro");
    assertEquals(10, maduro.mentions().size());
    assertEquals(List.of("surname in the same report: Maduro / Nicolás Maduro"), maduro.reasons());
  }

  @Test
  void keepsTwoPeopleWhoShareASurnameApart() {
    List<Entity> entities = new Resolver().resolve(List.of(
        doc(1, "Luis Navarro met Ana Navarro. Navarro said no.", "Luis Navarro", "Ana Navarro",
            "Navarro")));
    assertNotEquals(named(entities, "Luis Navarro"), named(entities, "Ana Navarro"));
    assertEquals(1, named(entities, "Luis Navarro").mentions().size());
    assertEquals(3, entities.size(), "the ambiguous surname must stay on its own");
  }

  @Test
  void keepsEachReportsAmbiguousBareSurnameApart() {
    List<DocMentions> docs = List.of(
        doc(1, "Luis Navarro met Ana Navarro.", "Luis Navarro", "Ana Navarro"),
        doc(2, "Navarro said no.", "Navarro"),
        doc(3, "Navarro said yes.", "Navarro"));
    List<Entity> entities = new Resolver().resolve(docs);
    assertEquals(List.of(List.of(2L), List.of(3L)), entities.stream()
        .filter(e -> e.name().equals("Navarro"))
        .map(e -> e.mentions().stream().map(Entity.At::doc).toList()).toList(),
        "who each report means is not known: " + entities);

    List<Entity> merged = new Resolver().resolve(docs,
        List.of(new Correction(Correction.Action.MERGE, "Navarro", "Navarro")));
    assertEquals(2, named(merged, "Navarro").mentions().size(),
        "the user says they are one: " + merged);
  }

  @Test
  void joinsABareSurnameToTheOnlyPersonOfThatNameInTheCorpus() {
    List<Entity> entities = new Resolver().resolve(List.of(
        doc(1, "Vladimir Padrino visited.", "Vladimir Padrino"),
        doc(2, "Padrino said so.", "Padrino")));
    assertEquals(2, named(entities, "Vladimir Padrino").mentions().size());
  }

  @Test
  void joinsANomDeGuerreToThePerson() {
    String text = "Ramón Benítez, known by the nom de guerre \"El Halcón\", trained them.";
    String later = "El Halcón was seen in Caracas.";
    List<Entity> entities = new Resolver().resolve(List.of(
        doc(1, text, "Ramón Benítez"),
        new DocMentions(2, later, List.of(mention(later, "El Halcón", EntityType.PERSON)))));
    Entity person = named(entities, "Ramón Benítez");
    assertEquals(2, person.mentions().size(), entities.toString());
    assertTrue(person.aliases().contains("El Halcón"));
    assertTrue(person.reasons().stream().anyMatch(r -> r.contains("nom de guerre")));
  }

  @Test
  void keepsNamesTheUserSplitApartAndJoinsNamesTheUserMerged() {
    List<DocMentions> docs = List.of(
        doc(1, "Luis Navarro arrived. Navarro spoke.", "Luis Navarro", "Navarro"),
        doc(2, "Gen. Lucho said so.", "Gen. Lucho"));
    List<Entity> entities = new Resolver().resolve(docs, List.of(
        new Correction(Correction.Action.SPLIT, "Navarro", "Luis Navarro"),
        new Correction(Correction.Action.MERGE, "Lucho", "Luis Navarro")));
    Entity navarro = named(entities, "Luis Navarro");
    assertEquals(2, navarro.mentions().size(), entities.toString());
    assertTrue(navarro.aliases().contains("Lucho"), navarro.toString());
    assertTrue(navarro.reasons().contains("merged by the user: Lucho / Luis Navarro"));
    assertEquals(2, entities.size());
  }

  @Test
  void takesAnAliasOnlyWhenItIsThePersonsOwn() {
    String text = "Ramón Benítez, a senior rebel commander known by the nom de guerre Pablo"
        + " Beltrán, spoke. The president had enlisted the rebel group known as the Northern"
        + " Front.";
    List<Entity> entities = new Resolver().resolve(List.of(new DocMentions(1, text, List.of(
        mention(text, "Ramón Benítez", EntityType.PERSON),
        mention(text, "president", EntityType.PERSON),
        mention(text, "Northern Front", EntityType.ORGANIZATION)))));
    assertEquals(List.of("Pablo Beltrán"), named(entities, "Ramón Benítez").aliases());
    assertEquals(List.of(), named(entities, "president").aliases());
    assertEquals(EntityType.ORGANIZATION, named(entities, "Northern Front").type());
  }

  @Test
  void keepsPlacesAndOrganisationsOfDifferentNamesApart() {
    String text = "The Kremlin said Putin would not go to Caracas.";
    List<Entity> entities = new Resolver().resolve(List.of(new DocMentions(1, text, List.of(
        mention(text, "Kremlin", EntityType.ORGANIZATION), mention(text, "Putin", EntityType.PERSON),
        mention(text, "Caracas", EntityType.LOCATION)))));
    assertEquals(3, entities.size());
  }
}
