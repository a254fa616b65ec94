package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.optimaize.langdetect.ngram.NgramExtractors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramsTest {
  @Test
  void listsTheGramsOptimaizesStandardExtractorListsInItsOrder() {
    for (String text : List.of("Bombers land", " Bombers land", "Bombers land ", " Bombers  land ",
        "a", " ", "Ünïcödé – “quotes” and 😀 emoji", "x y z 1 2 3")) {
      assertEquals(NgramExtractors.standard().extractGrams(text), all(new Ngrams(text)), text);
    }
  }

  private static List<String> all(Ngrams grams) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < grams.size(); i++) {
      out.add(grams.get(i));
    }
    return out;
  }
}
