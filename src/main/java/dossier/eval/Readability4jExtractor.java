package dossier.eval;

import net.dankito.readability4j.Readability4J;

/** readability4j, the Kotlin port of Mozilla's Readability (Firefox's reader view). */
final class Readability4jExtractor implements PageExtractor {

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public Output extract(Page page) {
    return Output.text(new Readability4J(page.gold().url(), page.html()).parse().getTextContent());
  }
}
