package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.ngram.NgramExtractors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NgramsTest {
  @Test
  void listsTheGramsOptimaizesStandardExtractorListsInItsOrder() {
    for (String text : List.of("Bombers land", " Bombers land", "Bombers land ", " Bombers  land ",
        "a", " ", "Ünïcödé – “quotes” and 😀 emoji", "x y z 1 2 3")) {
      List<Long> expected = NgramExtractors.standard().extractGrams(text).stream()
          .map(gram -> Ngrams.key(gram, 0, gram.length())).toList();
      assertEquals(expected, keys(new Ngrams(text)), text);
    }
  }

  @Test
  void givesEqualGramsEqualKeysAndOthersOtherKeys() {
    assertEquals(Ngrams.key("xab", 1, 2), Ngrams.key("ab", 0, 2));
    Set<Long> keys = new HashSet<>();
    for (String gram : List.of("a", "a ", " a", "ab", "ba", "a\0", "abc", "ab\0", "€", "a€b")) {
      assertTrue(keys.add(Ngrams.key(gram, 0, gram.length())), gram);
    }
  }

  private static List<Long> keys(Ngrams grams) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < grams.size(); i++) {
      out.add(grams.key(i));
    }
    return out;
  }
}
