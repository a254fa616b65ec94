package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityOfNamesTest {

  @Test
  void refusesAnEntityOfOneNamePerReportThatHoldsTwoNames() {
    assertThrows(IllegalArgumentException.class, () -> new EntityOfNames("Navarro",
        EntityType.PERSON, List.of(), List.of(), List.of(1L, 2L), true));
    assertEquals(List.of(1L, 2L), new EntityOfNames("Luis Navarro", EntityType.PERSON, List.of(),
        List.of(), List.of(1L, 2L), false).names());
  }
}
