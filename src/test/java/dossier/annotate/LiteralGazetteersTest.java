package dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralGazetteersTest {
  private static final Pattern REGEX_FIRST_WORD = Pattern.compile("^[^\\t ]*[\\[\\]?.\\\\^$()*+{}|]");

  @Test
  void keepsCoreNlpOptionsAndEveryEntryThatStartsWithALiteralWord() throws IOException {
    String mapping = LiteralGazetteers.mapping();
    String prefix = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";
    assertTrue(mapping.startsWith(prefix), mapping);
    String[] files = mapping.substring(prefix.length()).split(";");
    assertEquals(2, files.length, mapping);

    List<String> caseless = Files.readAllLines(Path.of(files[0]));
    assertTrue(caseless.size() > 500_000, "the city, country and title lists stay: " + caseless.size());
    assertTrue(caseless.stream().noneMatch(l -> REGEX_FIRST_WORD.matcher(l).find()));
    assertTrue(caseless.stream().anyMatch(l -> l.startsWith("foreign minister\tTITLE")),
        "a literal title is kept");
  }
}
