package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.api.Corpus;
import dossier.api.TestServer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** The web page in a real headless Chromium, over a small hand-made knowledge base. */
class PageTest {
  @RegisterExtension
  static final Served SERVED = new Served(Corpus::situation);

  private static Browser browser() {
    return SERVED.browser();
  }

  private static TestServer server() {
    return SERVED.server();
  }

  @BeforeEach
  void load() {
    browser().load(server().url());
  }

  @Test
  void loadsTheGraphAndTheEntityListWithoutBreakingItsSecurityPolicy() {
    browser().atLeastOne("#graph canvas");
    List<String> names = browser().atLeastOne("#entity-list button[data-entity]").stream()
        .map(WebElement::getText).toList();
    assertTrue(names.contains("Luis Navarro"), names.toString());
    assertEquals("Dossier", browser().title());
    browser().screenshot("page-graph");
    List<String> violations = browser().console().stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("SEVERE")).toList();
    assertTrue(violations.isEmpty(), violations.toString());
  }

  @Test
  void searchFindsAClaimAndShowsItsEvidenceInTheReport() {
    browser().type("#search-input", "contractors arrived");
    browser().click("#search-form button");
    List<WebElement> claims = browser().atLeastOne(".search-hit li.claim");
    WebElement denial = claims.stream()
        .filter(c -> c.getText().contains("The Defence Ministry")).findFirst().orElseThrow();
    assertTrue(denial.getText().contains("about 400 contractors arrived in Caracas"));
    denial.findElement(org.openqa.selenium.By.cssSelector("button.open")).click();
    JsonNode claim = server().json("/api/claims/c2-0");
    String text = server().json("/api/documents/d2").get("text").asText();
    assertEquals(slice(text, claim.get("span")), browser().find("#evidence mark.evidence").getText());
    assertEquals(claim.get("content").asText(), browser().find("#evidence .part-content").getText());
    browser().screenshot("page-search");
  }

  @Test
  void clickingAnEntityShowsItsClaimsAndTheHighlightedEvidence() {
    browser().atLeastOne("#entity-list button[data-entity]").stream()
        .filter(b -> b.getText().equals("Luis Navarro")).findFirst().orElseThrow().click();
    browser().find("#entity-detail .entity-name");
    JsonNode entity = server().json("/api/entities/" + browser()
        .find("#entity-detail").getAttribute("data-entity"));
    List<WebElement> made = browser().atLeastOne("#entity-detail .claims-by li.claim");
    assertEquals(entity.get("claimsBy").get("total").asInt(), made.size());
    assertTrue(made.size() >= 2, "the fixture has Navarro make claims in two reports");
    made.get(0).findElement(org.openqa.selenium.By.cssSelector("button.open")).click();
    JsonNode first = entity.get("claimsBy").get("items").get(0);
    JsonNode doc = server().json("/api/documents/" + first.get("doc").asText());
    assertEquals(slice(doc.get("text").asText(), first.get("span")),
        browser().find("#evidence mark.evidence").getText());
    List<String> removed = browser().atLeastOne("#evidence section.removed li").stream()
        .map(WebElement::getText).toList();
    assertEquals(doc.get("removed").size(), removed.size());
    assertTrue(removed.get(0).contains(doc.get("removed").get(0).get("text").asText()));
    assertFalse(browser().find("#evidence .report-text").getText()
        .contains(doc.get("removed").get(0).get("text").asText()), "removed blocks stand apart");
    browser().screenshot("page-entity-evidence");
  }

  @Test
  void timelineListsEventsAndOpensTheirEvidence() {
    browser().click(".tabs button[data-tab=timeline]");
    WebElement event = browser().atLeastOne("#timeline li.event").get(0);
    assertTrue(event.getText().contains("2019-05"), event.getText());
    event.findElement(org.openqa.selenium.By.cssSelector("button.open")).click();
    assertEquals("trained", browser().find("#evidence .part-trigger").getText());
  }

  @Test
  void claimFiltersNarrowTheList() {
    browser().click(".tabs button[data-tab=claims]");
    int all = browser().atLeastOne("#claims li.claim").size();
    browser().script("document.querySelector('#claim-filters select[name=stance]').value = 'denies'");
    browser().click("#claim-filters button");
    browser().until("only denials are listed", () -> browser().all("#claims li.claim").size() == 1);
    assertTrue(all > 1);
    assertTrue(browser().find("#claims li.claim .stance").getText().contains("denies"));
  }

  private static String slice(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }
}
