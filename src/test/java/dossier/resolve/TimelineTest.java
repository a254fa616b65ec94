package dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.Fixtures;
import dossier.model.Event;
import dossier.model.Extraction;
import dossier.model.FactRef;
import dossier.model.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void namesThePrecisionOfEachTime() {
    assertEquals("day", Timeline.precision("2019-03-25"));
    assertEquals("month", Timeline.precision("2019-03"));
    assertEquals("year", Timeline.precision("2019"));
    assertEquals("week", Timeline.precision("2019-W12"));
    assertEquals("season", Timeline.precision("2019-SU"));
    assertEquals("decade", Timeline.precision("201X"));
    assertEquals("approximate", Timeline.precision("XXXX-03-25"));
    assertEquals("approximate", Timeline.precision("PAST_REF"));
  }

  @Test
  void ordersEventsByTheirTimeAndClaimsByPublication() {
    Extraction report = Fixtures.navarroReport();
    String text = report.article().text();
    Event later = new Event(new Span(0, text.length()), "MOBILIZE", null, null, null, null,
        "2019-03-23", "arrived", Fixtures.span(text, "arrived"), -1);
    Event earlier = new Event(new Span(0, text.length()), "AID", null, null, null, null, "2018",
        "arrived", Fixtures.span(text, "arrived"), -1);
    Map<Long, Extraction> docs = new LinkedHashMap<>();
    docs.put(7L, new Extraction(report.article(), report.mentions(), report.claims(),
        List.of(later, earlier), List.of(), 10));
    List<Timeline.Entry> timeline = Timeline.of(docs);
    assertEquals(List.of("2018", "2019-03-23", "2019-03-25"),
        timeline.stream().map(Timeline.Entry::time).toList());
    assertEquals(new FactRef(7, 1), timeline.get(0).fact());
    assertEquals("year", timeline.get(0).precision());
    assertEquals(Timeline.Kind.CLAIM, timeline.get(2).kind());
    assertEquals("publication", timeline.get(2).basis());
  }
}
