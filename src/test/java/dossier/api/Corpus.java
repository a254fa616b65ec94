package dossier.api;

import static dossier.api.ReportBuilder.report;

import dossier.model.EntityType;
import dossier.model.Extraction;
import dossier.model.Stance;
import java.util.List;

/** Small hand-made knowledge bases for the server's tests. */
public final class Corpus {
  private Corpus() {}

  /**
   * Three reports: a general's claim through Bloomberg, a ministry denying it, and the general
   * again a month later; a training event from Russia to Venezuelan pilots.
   */
  public static List<Extraction> situation() {
    Extraction first = report("reports/a.txt", "Contractors land in Caracas", "Courier",
        "2019-03-25", "Gen. Luis Navarro told Bloomberg that about 400 contractors arrived in"
            + " Caracas. Russia trained Venezuelan pilots in May 2019, Navarro said.")
        .mention("Luis Navarro", EntityType.PERSON)
        .mention("Bloomberg", EntityType.ORGANIZATION)
        .mention("Caracas", EntityType.LOCATION)
        .mention("Navarro", 2, EntityType.PERSON)
        .mention("Russia", EntityType.LOCATION)
        .mention("Venezuelan", EntityType.NATIONALITY)
        .claim("Gen. Luis Navarro", "told", "about 400 contractors arrived in Caracas",
            Stance.ASSERTS, "Bloomberg")
        .claim("Navarro", "said", "Russia trained Venezuelan pilots in May 2019",
            Stance.ASSERTS)
        .event("AID", "trained", "Russia", "Venezuelan", "2019-05", 1)
        .quantity("about 400", 400, "people", "contractors")
        .removed("boilerplate", "Subscribe to our newsletter")
        .removed("unrelated-story", "Weather: rain expected in Lima on Tuesday.")
        .build();
    Extraction denial = report("reports/b.html", "Ministry denies contractor report", "Gazette",
        "2019-04-02", "The Defence Ministry denied that about 400 contractors arrived in Caracas.")
        .mention("Defence Ministry", EntityType.ORGANIZATION)
        .mention("Caracas", EntityType.LOCATION)
        .claim("The Defence Ministry", "denied", "about 400 contractors arrived in Caracas",
            Stance.DENIES)
        .build();
    Extraction later = report("reports/c.txt", "Contractors leave", "Herald", "2019-05-10",
        "Luis Navarro said that Russian contractors left Caracas in April.")
        .mention("Luis Navarro", EntityType.PERSON)
        .mention("Caracas", EntityType.LOCATION)
        .claim("Luis Navarro", "said", "Russian contractors left Caracas in April", Stance.ASSERTS)
        .build();
    return List.of(first, denial, later);
  }
}
