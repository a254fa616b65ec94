package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameNodeTest {
  private static final Entity.At FIRST = new Entity.At(1, new Span(0, 7));

  private static NameNode navarro(Map<String, Integer> forms, int mentions, int reports) {
    return new NameNode(1, "n|PERSON|navarro|", EntityType.PERSON, "navarro", List.of(), forms,
        mentions, reports, 0, FIRST, List.of());
  }

  @Test
  void keepsTheFormsInTheOrderTheyCameAndUnchangedByItsMaker() {
    Map<String, Integer> forms = new LinkedHashMap<>();
    forms.put("Navarro's", 1);
    forms.put("Navarro", 3);
    NameNode n = navarro(forms, 4, 2);
    forms.clear();

    assertEquals("Navarro's", n.form());
    assertEquals(List.of("Navarro's", "Navarro"), List.copyOf(n.forms().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> n.forms().put("NAVARRO", 1));
  }

  @Test
  void refusesANameWithoutAWrittenFormOrWithFewerMentionsThanReports() {
    assertThrows(IllegalArgumentException.class, () -> navarro(Map.of(), 1, 1));
    assertThrows(IllegalArgumentException.class, () -> navarro(Map.of("Navarro", 1), 1, 2));
  }
}
