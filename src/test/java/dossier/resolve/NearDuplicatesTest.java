package dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Fingerprint;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  static final String STORY = "Two Russian air force planes landed at the main airport outside"
      + " Caracas on Saturday carrying nearly one hundred troops and thirty-five tonnes of"
      + " equipment, according to a local reporter who posted flight tracking data online. The"
      + " aircraft, an Ilyushin transport and a smaller jet, left on Sunday after a stop in Syria."
      + " Officials in Moscow declined to comment on the purpose of the visit.";
  static final String OTHER = "The central bank said inflation slowed for a third month as the"
      + " price of bread and fuel fell in the capital, while exporters warned that the new"
      + " exchange rate rules would make it harder to pay for imported machinery this year.";

  final NearDuplicates near = new NearDuplicates();

  double similarity(String a, String b) {
    return near.similarity(near.fingerprint(a).minhash(), near.fingerprint(b).minhash());
  }

  @Test
  void seesARepublishedStoryWithANewEndingAsACopy() {
    String copy = STORY + " Read the full story on our partner site.";
    assertTrue(similarity(STORY, copy) >= NearDuplicates.COPY, "" + similarity(STORY, copy));
  }

  @Test
  void seesDifferentStoriesAsDifferent() {
    assertTrue(similarity(STORY, OTHER) < 0.1, "" + similarity(STORY, OTHER));
  }

  @Test
  void putsCopiesInASharedBucket() {
    Fingerprint a = near.fingerprint(STORY);
    Fingerprint b = near.fingerprint(STORY + " Read the full story on our partner site.");
    int shared = 0;
    for (int i = 0; i < a.bands().length; i++) {
      shared += a.bands()[i] == b.bands()[i] ? 1 : 0;
    }
    assertTrue(shared > 0, Arrays.toString(a.bands()));
  }
}
