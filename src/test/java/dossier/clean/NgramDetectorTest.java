package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NgramDetectorTest {
  private static final List<String> OWN_TEXTS = List.of(
      "Zwei russische Bomber sind am Montag in Venezuela gelandet, teilte das Ministerium mit.",
      "Deux bombardiers russes ont atterri lundi au Venezuela, a indiqué le ministère.",
      "Dos bombarderos rusos aterrizaron el lunes en Venezuela, según el ministerio.",
      "Два российских бомбардировщика приземлились в понедельник в Венесуэле.",
      "两架俄罗斯轰炸机周一降落在委内瑞拉，国防部在加拉加斯表示支持政府。",
      "Δύο ρωσικά βομβαρδιστικά προσγειώθηκαν τη Δευτέρα στη Βενεζουέλα.",
      "هبطت قاذفتان روسيتان في فنزويلا يوم الاثنين بحسب وزارة الدفاع",
      "Dwa rosyjskie bombowce wylądowały w poniedziałek w Wenezueli, podało ministerstwo.",
      "  Leading and trailing spaces, and  doubled  ones, around English words.  ",
      "Mixed: the minister said „Wir sind bereit“ and left; 12:30 — 😀 — 4,5 %.");
  private static LanguageDetector tika;
  private static NgramDetector detector;

  @BeforeAll
  static void load() {
    tika = new OptimaizeLangDetector().loadModels();
    detector = NgramDetector.load();
  }

  @Test
  void answersAsTikasOptimaizeDetectorDoes() throws IOException {
    List<String> texts = new ArrayList<>(OWN_TEXTS);
    texts.addAll(windowsOfTheSamples());
    for (String text : texts) {
      assertEquals(tika(text), detector.language(text), text);
    }
  }

  @Test
  void refusesTextsTooShortForItsMethod() {
    assertThrows(IllegalArgumentException.class, () -> detector.language("Bombers land."));
  }

  /** Slices of the shared sample reports, of several lengths and starts. */
  private static List<String> windowsOfTheSamples() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Shared.samples())) {
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f);
        for (int length : new int[] {40, 300, 2000}) {
          for (int start = 0; start + length <= text.length() && start < 6000; start += 1500) {
            out.add(text.substring(start, start + length));
          }
        }
      }
    }
    return out;
  }

  private static String tika(String text) {
    LanguageResult result = tika.detect(text);
    if (result.isUnknown()) {
      return null;
    }
    int dash = result.getLanguage().indexOf('-');
    return dash < 0 ? result.getLanguage() : result.getLanguage().substring(0, dash);
  }
}
