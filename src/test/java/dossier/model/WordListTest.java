package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {
  @Test
  void readsOneStrippedEntryALineWithoutBlankLinesOrComments() {
    assertEquals(List.of("said", "told", "according to", "denied"),
        WordList.read("/model/word-list.txt"));
  }

  @Test
  void failsAtOnceOnAListMissingFromTheBuild() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordList.read("/model/no-such-list.txt"));
    assertEquals("missing from the class path: /model/no-such-list.txt", e.getMessage());
  }
}
