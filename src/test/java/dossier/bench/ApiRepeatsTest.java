package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRepeatsTest {
  @Test
  void countsRepeatsOnlyOfAnswersTheServerKeeps() {
    ApiRepeats repeats = new ApiRepeats();
    repeats.note(List.of("api/entities/e1", "api/claims?offset=3"));
    assertEquals(0.5, repeats.share(List.of("api/entities/e1", "api/entities/e2")));
    assertEquals(0.75, repeats.share(List.of("api/entities/e2", "api/search?q=a",
        "api/search?q=a", "api/entities/e1")));
    assertTrue(Double.isNaN(repeats.share(List.of("api/claims?offset=3"))));
  }

  @Test
  void tellsEntityPagesFromEntityLists() {
    assertTrue(ApiRepeats.kept("api/entities/e7?limit=5"));
    assertFalse(ApiRepeats.kept("api/entities?q=e7"));
    assertFalse(ApiRepeats.kept("api/documents/d1"));
  }
}
