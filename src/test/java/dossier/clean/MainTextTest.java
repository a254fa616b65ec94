package dossier.clean;

import static dossier.clean.Cleaned.reasonFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import org.junit.jupiter.api.Test;

class MainTextTest {
  /** A page flattened to text, a line a block, as a text-only scraper gives it. */
  private static final String PAGE = """
      Harbour cranes idle as dock strike spreads - The Coastal Gazette
      The Coastal Gazette
      World
      Business
      Markets
      Opinion
      Harbour cranes idle as dock strike spreads
      Dock workers in three northern ports walked out on Tuesday, leaving container ships \
      waiting offshore and cranes idle, after talks on pay broke down late on Monday night.
      The union said the strike would last until employers improved their offer, which it \
      called far below the rise in living costs over the past two years.
      Port operators said they had contingency plans, but shipping agents warned that \
      delays of several days were likely for goods bound for the region's factories.
      Talks are due to resume on Thursday, a mediator said.
      Popular
      Council votes on new bus lanes
      Local team wins cup final
      Weather: rain expected all week
      About us
      Contact
      Advertise
      """;

  @Test
  void keepsTheStoryOfAFlattenedPageAndDropsItsMenusAndLinkLists() {
    Article a = Cleaned.text(PAGE);
    for (String story : new String[] {"Dock workers in three northern ports",
        "The union said the strike", "Port operators said", "Talks are due to resume"}) {
      assertTrue(a.text().contains(story), story + " missing from: " + a.text());
    }
    for (String furniture : new String[] {"Markets", "Council votes on new bus lanes",
        "Local team wins cup final", "Advertise"}) {
      assertEquals("boilerplate", reasonFor(a, furniture), a.text());
    }
  }
}
