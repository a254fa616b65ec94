package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetReaderTest {
  @TempDir Path dir;

  @Test
  void readsPagesInFileOrderWithTheirSegmentsAndMetadata() throws IOException {
    List<GoldPage> pages = new GoldSetReader().read(TinySet.folder().resolve("evaldata.json"));
    assertEquals(2, pages.size());
    GoldPage ferry = pages.get(0);
    assertEquals("https://harbour.example/ferry", ferry.url());
    assertEquals("harbour.ferry.html", ferry.file());
    assertEquals(List.of("The old ferry is running again", "Tickets   cost the same as last year."),
        ferry.with());
    assertEquals(List.of("Privacy policy", "Home Sport Weather"), ferry.without());
    assertEquals("Harbour ferry returns", ferry.title());
    assertEquals("Ann Lee; Bo Park", ferry.author());
    assertEquals("2021-04-12T08:30:00", ferry.date());
  }

  @Test
  void absentOrNullMetadataIsNull() throws IOException {
    GoldPage cafe = new GoldSetReader().read(TinySet.folder().resolve("evaldata.json")).get(1);
    assertNull(cafe.title());
    assertNull(cafe.author());
    assertEquals("2020-05-01", cafe.date());
  }

  @Test
  void anEntryWithoutAFileFailsNamingTheSetAndTheEntry() throws IOException {
    Path bad = Files.writeString(dir.resolve("evaldata.json"), "{\"https://x.example/\": {\"with\": []}}");
    IOException e = assertThrows(IOException.class, () -> new GoldSetReader().read(bad));
    assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("x.example"),
        e.getMessage());
  }

  @Test
  void brokenJsonFailsNamingTheFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("evaldata.json"), "{\"https://x.example/\": ");
    IOException e = assertThrows(IOException.class, () -> new GoldSetReader().read(bad));
    assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
  }
}
