package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextBlocksTest {

  private static List<String> texts(String text) {
    return PlainTextBlocks.split(text).stream().map(Block::text).toList();
  }

  @Test
  void keepsEachLineOfAScrapeAsItsOwnBlock() {
    assertEquals(List.of("Maduro speaks at a rally", "JUAN BARRETO/AFP/Getty Images",
        "The ministry denied it."),
        texts("Maduro speaks at a rally\r\nJUAN BARRETO/AFP/Getty Images\r\n\r\n\r\n"
            + "The ministry   denied\u00A0it.\n"));
  }

  @Test
  void joinsHardWrappedParagraphsAndLinesThatGoOnInLowerCase() {
    String wrapped = "The contractors flew to Venezuela from third countries where they\n"
        + "were conducting missions, one of the sources said on Friday, adding\n"
        + "that more may follow.\n\n"
        + "\"They have focused on paid advertising that has a limited effect on identifying\n"
        + "voters,\" he said.";
    assertEquals(List.of("The contractors flew to Venezuela from third countries where they were"
        + " conducting missions, one of the sources said on Friday, adding that more may follow.",
        "\"They have focused on paid advertising that has a limited effect on identifying voters,\""
        + " he said."), texts(wrapped));
  }

  @Test
  void linesOfOneChunkShareAGroup() {
    List<Block> blocks = PlainTextBlocks.split("A\nB\n\nC");
    assertEquals(blocks.get(0).group(), blocks.get(1).group());
    assertEquals(blocks.get(0).group() + 1, blocks.get(2).group());
  }
}
