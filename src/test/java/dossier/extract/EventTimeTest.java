package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventTimeTest {
  @Test
  void keepsDaysMonthsAndYearsAsTheirIsoPrefix() {
    assertEquals("2019-05-06", EventTime.iso("2019-05-06"));
    assertEquals("2019-05", EventTime.iso("2019-05"));
    assertEquals("2018", EventTime.iso("2018"));
    assertEquals("2019-05-01", EventTime.iso("2019-05-01T20:00"));
  }

  @Test
  void turnsAWeekIntoTheMonthOfItsThursday() {
    // ISO week 18 of 2019 runs from Monday 29 April to Sunday 5 May; its Thursday is 2 May.
    assertEquals("2019-05", EventTime.iso("2019-W18"));
    assertEquals("2019-05", EventTime.iso("2019-W19-WE"));
    assertEquals("2019-04", EventTime.iso("2019-W17"));
  }

  @Test
  void dropsValuesWithoutAYear() {
    assertNull(EventTime.iso("PRESENT_REF"));
    assertNull(EventTime.iso("XXXX-03"));
    assertNull(EventTime.iso("P1W"));
  }
}
