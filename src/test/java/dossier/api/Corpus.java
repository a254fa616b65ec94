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

  /** The words that would run script if any part of the page treated data as markup. */
  public static final String NAME = "<svg onload=\"window.__pwned='name'\">Ivan</svg>";
  public static final String VIA = "<a href=\"javascript:window.__pwned='via'\">Reuters</a>";
  public static final String CONTENT = "<script>window.__pwned='quote'</script> troops"
      + " <img src=x onerror=\"window.__pwned='content'\"> landed in Caracas";

  /**
   * Reports whose every field is hostile: markup with handlers in titles, text, names and
   * quotes, {@code javascript:} addresses, look-alike and half-closed markup, and a denial so
   * that the hostile quote also appears in a contradiction.
   */
  public static List<Extraction> hostile() {
    String text = NAME + " told " + VIA + " that \"" + CONTENT + "\" on Monday."
        + " \uFF1Cscript\uFF1Ewindow.__pwned='lookalike'\uFF1C/script\uFF1E </mark><b"
        + " onmouseover=\"window.__pwned='mark'\">bold</b> &lt;i&gt;escaped&lt;/i&gt;"
        + " {{constructor.constructor('window.__pwned=1')()}}";
    Extraction attack = report("javascript:window.__pwned='origin'",
        "<img src=x onerror=\"window.__pwned='title'\">Breaking</b>",
        "<script>window.__pwned='outlet'</script>", "2020-01-06", text)
        .mention(NAME, EntityType.PERSON)
        .mention(VIA, EntityType.ORGANIZATION)
        .quote(NAME, "told", CONTENT)
        .event("ASSAULT", "landed", NAME, VIA, "2020-01-05", 0)
        .removed("<b>boilerplate</b>", "<iframe src=\"javascript:window.__pwned='removed'\">"
            + "</iframe><script>window.__pwned='removed2'</script>")
        .build();
    String denied = "Officials denied that " + CONTENT + ".";
    Extraction denial = report("https://example.org/\"><script>window.__pwned='href'</script>",
        "<style>body{display:none}</style>Denial", "Gazette", "2020-01-07", denied)
        .claim("Officials", "denied", CONTENT, Stance.DENIES)
        .build();
    return List.of(attack, denial);
  }
}
