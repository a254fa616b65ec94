package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.AnnotatedDoc;
import dossier.model.Claim;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTimesTest {
  /** A Wednesday. */
  static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 30);

  static Claim onlyClaim(String text) {
    AnnotatedDoc doc = AnnotatedSamples.annotate("times.txt", text, PUBLISHED);
    List<Claim> claims = new Extractor().extract(doc).claims();
    assertEquals(1, claims.size(), claims.toString());
    return claims.get(0);
  }

  @Test
  void datesAClaimByTheDayItsSpeechVerbGives() {
    Claim c = onlyClaim("Kremlin spokesman Dmitry Peskov said on Monday that Russia had sent no"
        + " troops to Venezuela.");
    assertEquals("2019-01-28", c.time());
  }

  @Test
  void leavesAClaimUndatedWhenTheDateBelongsToWhatIsClaimed() {
    Claim c = onlyClaim("Kremlin spokesman Dmitry Peskov said that Russian troops had arrived in"
        + " Venezuela on Monday.");
    assertNull(c.time(), c.toString());
  }
}
