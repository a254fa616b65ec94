package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class ParagraphCollectorTest {

  @Test
  void stopsTheParseOnceTheTextPassesItsLimit() throws Exception {
    ParagraphCollector collector = new ParagraphCollector(10);
    collector.startElement("", "body", "body", new AttributesImpl());
    collector.characters("0123456789".toCharArray(), 0, 10);
    assertFalse(collector.full());
    assertThrows(ParagraphCollector.TooMuchText.class,
        () -> collector.characters("x".toCharArray(), 0, 1));
    assertTrue(collector.full());
    assertEquals("0123456789", collector.text());
  }
}
