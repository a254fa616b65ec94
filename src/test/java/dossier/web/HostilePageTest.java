package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.api.Corpus;
import dossier.api.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A corpus whose titles, text, names, quotes, addresses and removed blocks carry script: shown
 * in every view of the page, none of it runs, none of it becomes an element, and all of it
 * reads as the text it is.
 */
class HostilePageTest {
  /** Elements the page itself has; any other of these kinds came from data. */
  private static final String OWN_SCRIPTS = "script[src='/vendor/cytoscape.min.js'], script[src='/app.js']";

  @RegisterExtension
  static final Served SERVED = new Served(Corpus::hostile);

  private static Browser browser() {
    return SERVED.browser();
  }

  private static TestServer server() {
    return SERVED.server();
  }

  @Test
  void hostileReportsRenderAsInertTextInEveryView() {
    browser().load(server().url());
    List<WebElement> names = browser().atLeastOne("#entity-list button[data-entity]");
    assertTrue(names.stream().anyMatch(n -> n.getText().equals(Corpus.NAME)), "names show as text");
    names.get(0).click();
    browser().atLeastOne("#entity-detail li.claim, #entity-detail li.event");
    browser().type("#search-input", "troops");
    browser().click("#search-form button");
    // The first report carries the removed blocks.
    browser().atLeastOne(".search-hit[data-doc=d1] li.claim").get(0)
        .findElement(By.cssSelector("button.open")).click();
    String evidence = browser().find("#evidence mark.evidence").getText();
    assertTrue(evidence.contains(Corpus.CONTENT), "the quote shows as the text it is: " + evidence);
    assertTrue(browser().find("#evidence section.removed").getText().contains("<iframe src="));
    browser().click(".search-hit button.hit-title");
    browser().atLeastOne("#evidence mark.match");
    browser().click(".tabs button[data-tab=timeline]");
    browser().atLeastOne("#timeline li.event button.open").get(0).click();
    browser().click(".tabs button[data-tab=claims]");
    browser().atLeastOne("#claims li.claim");
    browser().click(".tabs button[data-tab=contradictions]");
    browser().atLeastOne("#contradictions li.contradiction");
    browser().screenshot("page-hostile");

    assertNull(browser().script("return window.__pwned"), "no payload ran");
    assertEquals("Dossier", browser().title());
    assertEquals(2L, browser().script("return document.scripts.length"));
    assertEquals(2L, browser().script("return document.querySelectorAll(arguments[0]).length", OWN_SCRIPTS));
    assertEquals(0L, browser().script(
        "return document.querySelectorAll('img, svg, iframe, object, embed, style, b, i').length"));
    assertEquals(0L, browser().script("return [...document.querySelectorAll('*')].filter(e =>"
        + " [...e.attributes].some(a => a.name.startsWith('on'))).length"), "no handler attributes");
    assertEquals(0L, browser().script("return [...document.querySelectorAll('a[href]')].filter(a =>"
        + " !/^https?:/.test(a.href)).length"), "links only to http(s)");
  }

  @Test
  void markupInjectedPastThePageIsStillStoppedByTheSecurityPolicy() {
    browser().load(server().url());
    // The control: if the page ever did put data in as markup, the element would appear (the
    // DOM checks above would see it) and the policy would still keep its handler from running.
    browser().script("document.body.insertAdjacentHTML('beforeend', arguments[0])",
        "<img id=injected src=x onerror=\"window.__pwned='injected'\">");
    browser().until("the injected image has failed to load", () -> Boolean.TRUE.equals(browser().script(
        "const i = document.getElementById('injected'); return i.complete")));
    assertEquals(1L, browser().script("return document.querySelectorAll('#injected').length"));
    assertNull(browser().script("return window.__pwned"));
    assertTrue(browser().console().stream().anyMatch(m -> m.contains("Content Security Policy")),
        "the browser reports the blocked handler");
  }
}
