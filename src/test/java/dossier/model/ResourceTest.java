package dossier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResourceTest {
  @Test
  void readsEveryByteOfABundledFile() throws Exception {
    assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/model/word-list.txt")),
        Resource.bytes("/model/word-list.txt"));
  }

  @Test
  void takesNoNameThatWouldResolveAgainstSomePackage() {
    assertThrows(IllegalArgumentException.class, () -> Resource.bytes("model/word-list.txt"));
  }
}
