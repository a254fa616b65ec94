package dossier.eval;

import net.dankito.readability4j.Readability4J;

/** readability4j, the Kotlin port of Mozilla's Readability (Firefox's reader view). */
final class Readability4jExtractor implements PageExtractor {

  Readability4jExtractor() {
    // It logs every page whose links it cannot resolve as an ERROR holding the whole article;
    // the harness counts its real failures, so its log would only bury the table.
    System.setProperty("org.slf4j.simpleLogger.log.net.dankito.readability4j", "off");
  }

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public Output extract(Page page) {
    return Output.text(new Readability4J(page.gold().url(), page.html()).parse().getTextContent());
  }
}
