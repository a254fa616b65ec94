package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateParserTest {

  @Test
  void readsNewsStyleAndIsoDates() {
    assertEquals(List.of(LocalDate.of(2019, 3, 24), LocalDate.of(2018, 12, 10),
        LocalDate.of(2019, 5, 1), LocalDate.of(2020, 1, 7)),
        DateParser.all("March 24, 2019; Dec. 10 2018; 1st May 2019 and 2020-01-07T10:00Z"));
  }

  @Test
  void ignoresPartialAmbiguousAndImpossibleDates() {
    assertTrue(DateParser.all("In May 2018, on Dec. 10, at 03/04/2019, on February 30, 2019,"
        + " the 2019 budget and 1,500 troops").isEmpty());
  }

  @Test
  void stripsADateLineDownToWhatElseItSays() {
    assertEquals("Andes Monitor staff",
        DateParser.strip("June 12, 2019 | Andes Monitor staff").replaceAll("\\s+", " "));
    assertEquals("", DateParser.strip("Updated 10:15 a.m. ET, Tue March 26, 2019"));
  }

  @Test
  void readsDayFirstDatesWithDotsOrWithAMonthNamedInAnotherLanguage() {
    assertEquals(List.of(LocalDate.of(2015, 8, 25), LocalDate.of(2017, 9, 10),
        LocalDate.of(2022, 5, 3), LocalDate.of(2020, 1, 14)),
        DateParser.all("am 25.08.2015 um 22:30; 10. September 2017; 3 de mayo de 2022;"
            + " Notizia del 14 Gennaio 2020"));
  }
}
